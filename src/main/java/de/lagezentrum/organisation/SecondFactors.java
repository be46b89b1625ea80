package de.lagezentrum.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.LoginThrottle;
import de.lagezentrum.platform.security.LoginThrottledException;
import de.lagezentrum.platform.security.MfaPolicyProvider;
import de.lagezentrum.platform.security.MfaRequirement;
import de.lagezentrum.platform.security.SecondFactor;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * An account's second factor: TOTP enrolment with recovery codes, the check at sign-in and removal.
 * A code is accepted once (its time step is remembered), a recovery code once; wrong codes count as
 * failed logins of the {@link LoginThrottle}. A wrong code changes nothing but the audit log.
 */
@Service
public class SecondFactors implements MfaPolicyProvider {

    private final TotpFactors factors;
    private final MfaPolicy policy;
    private final MfaProperties properties;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final java.time.Clock clock;

    SecondFactors(TotpFactors factors, MfaPolicy policy, MfaProperties properties, AccountRepository accounts,
            PasswordEncoder passwords, LoginThrottle throttle, AuditLog audit, java.time.Clock clock) {
        this.factors = factors;
        this.policy = policy;
        this.properties = properties;
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public MfaRequirement requirementFor(CurrentUser user) {
        if (factors.confirmed(user.accountId())) {
            return MfaRequirement.VERIFY;
        }
        return policy.required(user) ? MfaRequirement.ENROL : MfaRequirement.NONE;
    }

    /** The user's second factors as the profile shows them. */
    @Transactional(readOnly = true)
    public MfaStatus status(CurrentUser user) {
        boolean totp = factors.confirmed(user.accountId());
        return new MfaStatus(totp, totp ? factors.unusedRecoveryCodes(user.accountId()) : 0, policy.required(user));
    }

    /**
     * Starts a TOTP enrolment, or shows the one under way again (so a reload does not invalidate what
     * the app has already scanned). 409 when the account already has TOTP.
     */
    @Transactional
    public TotpEnrolment beginTotp(CurrentUser user) {
        if (factors.confirmed(user.accountId())) {
            throw new ConflictException("mfa.totp.already-enrolled");
        }
        String secret = factors.pendingSecret(user.accountId()).orElseGet(() -> {
            String fresh = Totp.newSecret();
            factors.begin(user.tenantId(), user.accountId(), fresh, clock.instant());
            return fresh;
        });
        return new TotpEnrolment(secret, Totp.uri(properties.issuer(), user.username(), secret));
    }

    /**
     * Confirms the enrolment with a first code; returns the recovery codes, shown this once. A wrong code
     * is bad input (400) and changes nothing: it only counts for the throttle.
     */
    @Transactional
    public List<String> confirmTotp(CurrentUser user, String code, String clientAddress) {
        refuseWhileThrottled(user, clientAddress);
        String secret = factors.pendingSecret(user.accountId())
                .orElseThrow(() -> new ConflictException("mfa.totp.no-enrolment"));
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            throttle.failed(user.username(), clientAddress);
            throw wrongCode();
        }
        factors.confirm(user.accountId(), step.getAsLong(), now);
        List<String> codes = factors.newRecoveryCodes(user.tenantId(), user.accountId(), now);
        throttle.succeeded(user.username());
        audit.record(user.tenantId(), "MFA_ENROLLED", "Security", user.accountId(), user.username(), null,
                Map.of("factor", "TOTP"));
        return codes;
    }

    /**
     * Checks a TOTP or recovery code at sign-in and returns the factor authority it proves
     * ({@link SecondFactor#TOTP} or {@link SecondFactor#RECOVERY_CODE}).
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public String verify(CurrentUser user, String code, String clientAddress) {
        refuseWhileThrottled(user, clientAddress);
        Optional<String> factor = accept(user.tenantId(), user.accountId(), user.username(), code);
        if (factor.isEmpty()) {
            throw failed(user, clientAddress);
        }
        throttle.succeeded(user.username());
        return factor.get();
    }

    /** Removes TOTP and recovery codes; the user confirms with the password or a current code. */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void removeTotp(CurrentUser user, String passwordOrCode, String clientAddress) {
        refuseWhileThrottled(user, clientAddress);
        Account account = accounts.findById(user.accountId()).orElseThrow();
        boolean confirmed = account.passwordHash() != null && passwords.matches(passwordOrCode, account.passwordHash())
                || accept(user.tenantId(), user.accountId(), user.username(), passwordOrCode).isPresent();
        if (!confirmed) {
            throw failed(user, clientAddress);
        }
        factors.remove(user.accountId());
        audit.record(user.tenantId(), "MFA_REMOVED", "Security", user.accountId(), user.username(), null,
                Map.of("factor", "TOTP"));
    }

    /** Whether the account has a confirmed TOTP factor. */
    boolean hasTotp(UUID accountId) {
        return factors.confirmed(accountId);
    }

    /** The factor a code proves for an account with TOTP, if it is right and unused; recovery code use is audited. */
    Optional<String> accept(UUID tenantId, UUID accountId, String username, String code) {
        Optional<String> secret = factors.confirmedSecret(accountId);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret.get(), code, now);
        if (step.isPresent()) {
            return factors.useStep(accountId, step.getAsLong()) ? Optional.of(SecondFactor.TOTP) : Optional.empty();
        }
        if (factors.useRecoveryCode(accountId, code, now)) {
            audit.record(tenantId, "RECOVERY_CODE_USED", "Security", accountId, username, null,
                    Map.of("left", factors.unusedRecoveryCodes(accountId)));
            return Optional.of(SecondFactor.RECOVERY_CODE);
        }
        return Optional.empty();
    }

    private void refuseWhileThrottled(CurrentUser user, String clientAddress) {
        throttle.blockedFor(user.username(), clientAddress).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
    }

    private InvalidInputException failed(CurrentUser user, String clientAddress) {
        throttle.failed(user.username(), clientAddress);
        audit.record(user.tenantId(), "MFA_FAILED", "Security", user.accountId(), user.username(), null, null);
        return wrongCode();
    }

    private static InvalidInputException wrongCode() {
        return new InvalidInputException("code", "mfa.code.wrong");
    }

    /**
     * A TOTP enrolment under way.
     *
     * @param secret the Base32 secret, for typing into an app by hand
     * @param otpauthUri the {@code otpauth://} URI the QR code carries
     */
    public record TotpEnrolment(String secret, String otpauthUri) {
    }

    /**
     * @param totp whether TOTP is set up
     * @param recoveryCodesLeft unused recovery codes
     * @param required whether the user's roles must use a second factor
     */
    public record MfaStatus(boolean totp, long recoveryCodesLeft, boolean required) {
    }
}
