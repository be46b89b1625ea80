package de.lagezentrum.organisation;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.LoginThrottledException;
import de.lagezentrum.platform.security.SignInThrottled;

/**
 * Security events in the audit log, entity type {@link AuditLog#SECURITY}, the account as entity and
 * its username as summary: sign-ins (form, single sign-on, API token), failed and throttled sign-ins,
 * sign-outs. Each is written in a transaction of its own, so a refused sign-in, whose request rolls
 * back or has no transaction, still leaves its entry. A failed sign-in under a username that no account
 * has belongs to no municipality; the audit log requires one, so it is only logged (without the name,
 * which may be a mistyped password).
 */
@Component
class SecurityAudit {

    static final String SIGNED_IN = "SIGNED_IN";
    static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    static final String SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";
    static final String SIGNED_OUT = "SIGNED_OUT";

    private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;

    SecurityAudit(AccountRepository accounts, AuditLog audit, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        CurrentUser.from(authentication).ifPresent(user -> signedIn(user,
                authentication instanceof UsernamePasswordAuthenticationToken ? "password" : "single-sign-on",
                address(authentication)));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (event instanceof SignInThrottled && event.getException() instanceof LoginThrottledException throttled) {
            signInThrottled(attempt.getName(), address(attempt), throttled.retryAfter());
        }
        else {
            signInFailed(attempt.getName(), address(attempt), "password");
        }
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        CurrentUser.from(event.getAuthentication()).ifPresent(user -> write(user.tenantId(), () ->
                audit.record(user.tenantId(), SIGNED_OUT, AuditLog.SECURITY, user.accountId(), user.username(), null,
                        null)));
    }

    /** A user signed in (or got an API token) by the given method. */
    void signedIn(CurrentUser user, String method, @Nullable String address) {
        write(user.tenantId(), () -> audit.record(user.tenantId(), SIGNED_IN, AuditLog.SECURITY, user.accountId(),
                user.username(), null, details(method, address)));
    }

    /** A wrong password (or a disabled account) for the username. */
    void signInFailed(@Nullable String username, @Nullable String address, String method) {
        record(username, SIGN_IN_FAILED, details(method, address));
    }

    /** A sign-in refused by throttling before the password was looked at. */
    void signInThrottled(@Nullable String username, @Nullable String address, Duration retryAfter) {
        Map<String, Object> details = details(null, address);
        details.put("retryAfterSeconds", retryAfter.toSeconds());
        record(username, SIGN_IN_THROTTLED, details);
    }

    private void record(@Nullable String username, String action, Map<String, Object> details) {
        Optional<Account> account = username == null ? Optional.empty() : accountOfSignIn(username);
        if (account.isEmpty()) {
            log.info("{} for an unknown username from {}: not in the audit log, which needs a municipality",
                    action, details.get("address"));
            return;
        }
        write(account.get().tenantId(), () -> audit.record(account.get().tenantId(), action, AuditLog.SECURITY,
                account.get().id(), account.get().username(), null, details));
    }

    /**
     * Looks the account up by the username typed at sign-in, before anyone's municipality is known:
     * a read across municipalities, allowed by the sign-in policies only.
     */
    private Optional<Account> accountOfSignIn(String username) {
        // in a transaction: only a transaction carries the purpose to the database
        return TenantScope.call(Purpose.SIGN_IN,
                () -> ownTransaction.execute(status -> accounts.findByUsername(username.strip())));
    }

    /** Writes in a transaction of its own as the account's municipality (nobody may be signed in yet). */
    private void write(UUID tenantId, Runnable entry) {
        TenantScope.run(tenantId, () -> ownTransaction.executeWithoutResult(status -> entry.run()));
    }

    /** Role names in a stable order, for the details of a {@code ROLES_CHANGED} entry. */
    static List<String> roleNames(Collection<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    private static Map<String, Object> details(@Nullable String method, @Nullable String address) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (method != null) {
            details.put("method", method);
        }
        if (address != null) {
            details.put("address", address);
        }
        return details;
    }

    private static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
