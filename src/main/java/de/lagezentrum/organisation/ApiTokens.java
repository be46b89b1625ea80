package de.lagezentrum.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.organisation.mfa.SecondFactors;
import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;
import de.lagezentrum.platform.security.ApiTokenAuthenticator;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.LoginThrottle;
import de.lagezentrum.platform.security.LoginThrottledException;
import de.lagezentrum.platform.security.SecondFactorRequiredException;
import de.lagezentrum.platform.security.Secrets;
import de.lagezentrum.platform.security.SessionTerminator;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Personal API tokens: issued for username and password, stored only as SHA-256 hash, expiring and
 * revocable. The raw token is shown exactly once, in the answer that issues it.
 */
@Service
public class ApiTokens implements ApiTokenAuthenticator {

    private static final String PREFIX = "lz_";
    /** How stale a token's "last used" may be. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

    /** The sign-in method of a token request, in the audit log. */
    private static final String TOKEN = "api-token";

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AccountDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final SecurityAudit securityAudit;
    private final LagezentrumProperties properties;
    private final SecondFactors secondFactors;
    private final SessionTerminator sessions;
    private final Clock clock;
    private final TransactionTemplate lookup;
    private final TransactionTemplate write;

    ApiTokens(JdbcClient jdbc, AccountRepository accounts, AccountDirectory directory, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, AuditLog audit, SecurityAudit securityAudit, LagezentrumProperties properties,
            SecondFactors secondFactors, SessionTerminator sessions, Clock clock, PlatformTransactionManager transactions) {
        this.lookup = new TransactionTemplate(transactions);
        this.lookup.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
        this.secondFactors = secondFactors;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.audit = audit;
        this.securityAudit = securityAudit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Issues a token when username and password (and for an account with TOTP the one-time code
     * {@code otp}, or a recovery code) are right; empty otherwise, without saying which part was wrong.
     * Throws {@link LoginThrottledException} after too many failures and
     * {@link SecondFactorRequiredException} when the account has TOTP and no {@code otp} was given. An
     * account that must enrol a second factor but has none gets a token that can only enrol.
     */
    @Transactional
    public Optional<IssuedToken> issue(String username, String password, @Nullable String otp, String clientAddress) {
        throttle.blockedFor(username, clientAddress).ifPresent(wait -> {
            securityAudit.signInThrottled(username, clientAddress, wait);
            throw new LoginThrottledException(wait);
        });
        Optional<Account> account = TenantScope.call(Purpose.SIGN_IN, () -> accounts.findByUsername(username.strip()))
                .filter(Account::enabled)
                .filter(candidate -> candidate.passwordHash() != null
                        && passwordEncoder.matches(password, candidate.passwordHash()));
        if (account.isEmpty()) {
            throttle.failed(username, clientAddress);
            securityAudit.signInFailed(username, clientAddress, TOKEN);
            return Optional.empty();
        }
        Account owner = account.get();
        // From here on the account's municipality is known: its second factor and the token are its rows.
        return TenantScope.call(owner.tenantId(), () -> {
            boolean enrolmentOnly = false;
            switch (secondFactors.requirementFor(directory.currentUser(owner))) {
                case VERIFY -> {
                    if (otp == null || otp.isBlank()) {
                        throw new SecondFactorRequiredException();
                    }
                    if (secondFactors.accept(owner.tenantId(), owner.id(), owner.username(), otp).isEmpty()) {
                        throttle.failed(username, clientAddress);
                        audit.record(owner.tenantId(), "MFA_FAILED", "Security", owner.id(), owner.username(), null,
                                null);
                        return Optional.empty();
                    }
                }
                case ENROL -> enrolmentOnly = true;
                case NONE -> { }
            }
            throttle.succeeded(username);
            return Optional.of(issueFor(owner, enrolmentOnly, clientAddress));
        });
    }

    private IssuedToken issueFor(Account account, boolean enrolmentOnly, String clientAddress) {
        String raw = PREFIX + Secrets.random(32);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.apiTokenLifetime());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO organisation.api_token
                    (id, tenant_id, account_id, token_hash, created_at, expires_at, enrolment_only)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, account.tenantId(), account.id(), hash(raw), Timestamp.from(now),
                        Timestamp.from(expiresAt), enrolmentOnly)
                .update();
        CurrentUser user = directory.currentUser(account);
        securityAudit.signedIn(user, TOKEN, clientAddress);
        audit.record(user.tenantId(), "TOKEN_ISSUED", AuditLog.SECURITY, user.accountId(), user.username(), null,
                enrolmentOnly ? Map.of("tokenId", id, "enrolmentOnly", true) : Map.of("tokenId", id));
        return new IssuedToken(id, raw, expiresAt);
    }

    /**
     * Finds the account of a valid token. Token, account, roles, person and municipality are read in one
     * query on every call, never from a cache, so that a revoked token, a disabled account or a withdrawn
     * role counts from the very next request, whichever instance answers it. The token's
     * {@code last_used_at} is written only when it is older than {@link #LAST_USED_PRECISION}, so that a
     * client calling the API many times a second does not write a row version per call.
     */
    @Override
    public Optional<TokenGrant> authenticate(String rawToken) {
        Instant now = clock.instant();
        // Whose token this is cannot be known before it is found: the one read across municipalities. The
        // transaction begins inside the scope, so it is set once, as the transaction begins.
        Optional<ValidToken> token = TenantScope.call(Purpose.SIGN_IN, () -> lookup.execute(status -> jdbc.sql("""
                SELECT t.id, t.last_used_at, t.enrolment_only, a.id AS account_id, a.username, p.id AS person_id,
                       p.display_name, m.id AS tenant_id, m.name AS tenant_name,
                       array(SELECT r.role FROM organisation.account_role r WHERE r.account_id = a.id) AS roles
                  FROM organisation.api_token t
                  JOIN organisation.account a ON a.id = t.account_id AND a.tenant_id = t.tenant_id AND a.enabled
                  JOIN organisation.person p ON p.id = a.person_id AND p.tenant_id = a.tenant_id
                  JOIN organisation.tenant m ON m.id = a.tenant_id
                 WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?""")
                .params(hash(rawToken), Timestamp.from(now))
                .query((rs, row) -> new ValidToken(rs.getObject("id", UUID.class), rs.getTimestamp("last_used_at"),
                        rs.getBoolean("enrolment_only"), new CurrentUser(rs.getObject("tenant_id", UUID.class),
                                rs.getString("tenant_name"), rs.getObject("account_id", UUID.class),
                                rs.getObject("person_id", UUID.class), rs.getString("username"),
                                rs.getString("display_name"), Set.of((String[]) rs.getArray("roles").getArray()))))
                .optional()));
        token.filter(found -> found.lastUsedAt() == null
                || found.lastUsedAt().toInstant().isBefore(now.minus(LAST_USED_PRECISION)))
                .ifPresent(found -> TenantScope.run(found.user().tenantId(), () -> write.executeWithoutResult(
                        status -> jdbc.sql("UPDATE organisation.api_token SET last_used_at = ? WHERE id = ?")
                                .params(Timestamp.from(now), found.id()).update())));
        return token.map(found -> new TokenGrant(found.user(), found.enrolmentOnly()));
    }

    private record ValidToken(UUID id, @Nullable Timestamp lastUsedAt, boolean enrolmentOnly, CurrentUser user) {
    }

    /**
     * Signs the user out everywhere: every API token is revoked and every browser session ended, the
     * one of this request included (the caller also logs the request out).
     */
    @Transactional
    public void signOutEverywhere(CurrentUser user) {
        int revoked = jdbc.sql("""
                UPDATE organisation.api_token SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL""")
                .params(Timestamp.from(clock.instant()), user.accountId()).update();
        sessions.endSessionsOf(user.username());
        audit.record(user.tenantId(), "SIGNED_OUT_EVERYWHERE", "Security", user.accountId(), user.username(), null,
                Map.of("revokedTokens", revoked));
    }

    /** Revokes the token used in this request. */
    @Transactional
    public void revoke(CurrentUser user, String rawToken) {
        UUID revoked = jdbc.sql("""
                UPDATE organisation.api_token SET revoked_at = ?
                 WHERE token_hash = ? AND account_id = ? AND revoked_at IS NULL RETURNING id""")
                .params(Timestamp.from(clock.instant()), hash(rawToken), user.accountId()).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("Token"));
        revoked(user, revoked);
    }

    /** Revokes one of the user's own tokens by id. */
    @Transactional
    public void revoke(CurrentUser user, UUID tokenId) {
        int revoked = jdbc.sql("""
                UPDATE organisation.api_token SET revoked_at = ?
                 WHERE id = ? AND account_id = ? AND revoked_at IS NULL""")
                .params(Timestamp.from(clock.instant()), tokenId, user.accountId()).update();
        if (revoked == 0) {
            throw new NotFoundException("Token");
        }
        revoked(user, tokenId);
    }

    /** The user's tokens that are still valid, newest first. */
    @Transactional(readOnly = true)
    public List<TokenInfo> activeTokens(CurrentUser user) {
        return jdbc.sql("""
                SELECT id, created_at, expires_at, last_used_at FROM organisation.api_token
                 WHERE account_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC""")
                .params(user.accountId(), Timestamp.from(clock.instant()))
                .query((rs, row) -> new TokenInfo(rs.getObject("id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
                .list();
    }

    static String hash(String raw) {
        return Secrets.sha256(raw);
    }

    /**
     * A newly issued token.
     *
     * @param id the token's id (to revoke it later)
     * @param token the raw token, shown only now
     * @param expiresAt when it stops working
     */
    public record IssuedToken(UUID id, String token, Instant expiresAt) {
    }

    /**
     * A token as the owner sees it later (without the raw value).
     *
     * @param lastUsedAt when it was last used; may be null
     */
    public record TokenInfo(UUID id, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt) {
    }

    private void revoked(CurrentUser user, UUID tokenId) {
        audit.record(user.tenantId(), "TOKEN_REVOKED", AuditLog.SECURITY, user.accountId(), user.username(), null,
                Map.of("tokenId", tokenId));
    }
}
