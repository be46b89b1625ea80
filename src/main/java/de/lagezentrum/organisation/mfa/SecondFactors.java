package de.lagezentrum.organisation.mfa;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
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
import de.lagezentrum.platform.web.NotFoundException;

/**
 * An account's second factors: TOTP and passkeys (WebAuthn), with recovery codes for when neither is at
 * hand; their enrolment, the check at sign-in and removal. A code is accepted once (its time step is
 * remembered), a recovery code once; wrong codes and refused passkeys count as failed logins of the
 * {@link LoginThrottle}. A wrong code changes nothing but the audit log.
 */
@Service
public class SecondFactors implements MfaPolicyProvider {

    private static final int LABEL_LENGTH = 80;

    private final TotpFactors factors;
    private final Passkeys passkeys;
    private final MfaPolicy policy;
    private final MfaProperties properties;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final java.time.Clock clock;

    SecondFactors(TotpFactors factors, Passkeys passkeys, MfaPolicy policy, MfaProperties properties, JdbcClient jdbc,
            PasswordEncoder passwords, LoginThrottle throttle, AuditLog audit, java.time.Clock clock) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.policy = policy;
        this.properties = properties;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public MfaRequirement requirementFor(CurrentUser user) {
        if (enrolled(user.accountId())) {
            return MfaRequirement.VERIFY;
        }
        return policy.required(user) ? MfaRequirement.ENROL : MfaRequirement.NONE;
    }

    /** The user's second factors as the profile shows them. */
    @Transactional(readOnly = true)
    public MfaStatus status(CurrentUser user) {
        boolean totp = factors.confirmed(user.accountId());
        List<Passkey> keys = passkeys.of(user.accountId());
        return new MfaStatus(totp, keys, totp || !keys.isEmpty() ? factors.unusedRecoveryCodes(user.accountId()) : 0,
                policy.required(user));
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

    /**
     * Removes TOTP (and the recovery codes unless passkeys remain); the user confirms with the password or
     * a current code.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void removeTotp(CurrentUser user, String passwordOrCode, String clientAddress) {
        confirmRemoval(user, passwordOrCode, clientAddress);
        factors.remove(user.accountId());
        if (!passkeys.any(user.accountId())) {
            factors.removeRecoveryCodes(user.accountId());
        }
        audit.record(user.tenantId(), "MFA_REMOVED", "Security", user.accountId(), user.username(), null,
                Map.of("factor", "TOTP"));
    }

    /**
     * The options for registering a passkey ({@code navigator.credentials.create()}); the caller keeps
     * them (in the session) for {@link #registerPasskey}.
     */
    @Transactional
    public PublicKeyCredentialCreationOptions passkeyRegistrationOptions(CurrentUser user, String origin) {
        return passkeys.registrationOptions(user, origin);
    }

    /**
     * Verifies and stores a new passkey under the label its owner typed. The first second factor of an
     * account also brings its recovery codes, returned here to be shown once (else the list is empty).
     * Bad input (no label, an answer that does not verify) is a 400 and stores nothing.
     */
    @Transactional
    public PasskeyRegistration registerPasskey(CurrentUser user, PublicKeyCredentialCreationOptions options,
            RelyingPartyPublicKey key, String origin) {
        String label = key.getLabel() == null ? "" : key.getLabel().strip();
        if (label.isEmpty() || label.length() > LABEL_LENGTH || label.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("label", "mfa.passkey.label.invalid");
        }
        boolean first = !enrolled(user.accountId());
        Passkey passkey;
        try {
            passkey = passkeys.register(user, options, key, label, origin);
        }
        catch (PasskeyRejectedException e) {
            throw new InvalidInputException("passkey", "mfa.passkey.rejected");
        }
        List<String> codes = first ? factors.newRecoveryCodes(user.tenantId(), user.accountId(), clock.instant())
                : List.of();
        audit.record(user.tenantId(), "MFA_ENROLLED", "Security", user.accountId(), user.username(), null,
                Map.of("factor", "WEBAUTHN", "passkeyId", passkey.id(), "label", passkey.label()));
        return new PasskeyRegistration(passkey, codes);
    }

    /**
     * The options for checking one of the account's passkeys ({@code navigator.credentials.get()});
     * 409 when it has none.
     */
    @Transactional
    public PublicKeyCredentialRequestOptions passkeyRequestOptions(CurrentUser user, String origin) {
        if (!passkeys.any(user.accountId())) {
            throw new ConflictException("mfa.passkey.none");
        }
        return passkeys.requestOptions(user, origin);
    }

    /**
     * Checks a passkey at sign-in and returns the factor authority it proves ({@link SecondFactor#WEBAUTHN}).
     * A passkey that does not verify is a wrong code: 400, throttled, audited, nothing else changed.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public String verifyPasskey(CurrentUser user, PublicKeyCredentialRequestOptions options,
            PublicKeyCredential<AuthenticatorAssertionResponse> credential, String origin, String clientAddress) {
        refuseWhileThrottled(user, clientAddress);
        try {
            passkeys.verify(user, options, credential, origin);
        }
        catch (PasskeyRejectedException e) {
            throttle.failed(user.username(), clientAddress);
            audit.record(user.tenantId(), "MFA_FAILED", "Security", user.accountId(), user.username(), null,
                    Map.of("factor", "WEBAUTHN"));
            throw new InvalidInputException("passkey", "mfa.passkey.rejected");
        }
        throttle.succeeded(user.username());
        return SecondFactor.WEBAUTHN;
    }

    /**
     * Removes one of the user's passkeys (404 for any other id); the user confirms with the password or
     * a current code. The recovery codes go with the last second factor.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void removePasskey(CurrentUser user, UUID passkeyId, String passwordOrCode, String clientAddress) {
        Passkey passkey = passkey(user, passkeyId);
        confirmRemoval(user, passwordOrCode, clientAddress);
        passkeys.remove(user.accountId(), passkey.id());
        if (!enrolled(user.accountId())) {
            factors.removeRecoveryCodes(user.accountId());
        }
        audit.record(user.tenantId(), "MFA_REMOVED", "Security", user.accountId(), user.username(), null,
                Map.of("factor", "WEBAUTHN", "passkeyId", passkey.id(), "label", passkey.label()));
    }

    /** One of the user's passkeys; 404 for an id that is not theirs. */
    @Transactional(readOnly = true)
    public Passkey passkey(CurrentUser user, UUID passkeyId) {
        return passkeys.of(user.accountId()).stream().filter(passkey -> passkey.id().equals(passkeyId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Passkey"));
    }

    private boolean enrolled(UUID accountId) {
        return factors.confirmed(accountId) || passkeys.any(accountId);
    }

    /** The factor a code proves for an account with TOTP, if it is right and unused; recovery code use is audited. */
    public Optional<String> accept(UUID tenantId, UUID accountId, String username, String code) {
        Optional<String> secret = factors.confirmedSecret(accountId);
        if (secret.isEmpty() && !passkeys.any(accountId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = secret.isPresent() ? Totp.matchingStep(secret.get(), code, now) : OptionalLong.empty();
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

    /** A factor is removed only with the password or a current code: 400 (throttled, audited) otherwise. */
    private void confirmRemoval(CurrentUser user, String passwordOrCode, String clientAddress) {
        refuseWhileThrottled(user, clientAddress);
        String hash = jdbc.sql("SELECT password_hash FROM organisation.account WHERE id = ?").param(user.accountId())
                .query(String.class).optional().orElse(null);
        boolean confirmed = hash != null && passwords.matches(passwordOrCode, hash)
                || accept(user.tenantId(), user.accountId(), user.username(), passwordOrCode).isPresent();
        if (!confirmed) {
            throw failed(user, clientAddress);
        }
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
     * @param passkeys the account's passkeys, oldest first
     * @param recoveryCodesLeft unused recovery codes
     * @param required whether the user's roles must use a second factor
     */
    public record MfaStatus(boolean totp, List<Passkey> passkeys, long recoveryCodesLeft, boolean required) {

        /** Whether the account has any second factor. */
        public boolean enrolled() {
            return totp || !passkeys.isEmpty();
        }
    }

    /**
     * A passkey just registered.
     *
     * @param recoveryCodes the account's new recovery codes when the passkey is its first second factor, else empty
     */
    public record PasskeyRegistration(Passkey passkey, List<String> recoveryCodes) {
    }
}
