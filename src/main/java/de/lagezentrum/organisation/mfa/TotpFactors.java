package de.lagezentrum.organisation.mfa;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.security.Secrets;

/**
 * The rows behind a second factor: an account's TOTP secret (encrypted, {@link TotpSecretCipher};
 * unconfirmed while enrolment is under way),
 * the last time step accepted, and its recovery codes (SHA-256, since they are long random strings).
 */
@Component
class TotpFactors {

    static final int RECOVERY_CODES = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TotpSecretCipher cipher;

    TotpFactors(JdbcClient jdbc, TotpSecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    boolean confirmed(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM organisation.totp_factor WHERE account_id = ? AND confirmed_at IS NOT NULL")
                .param(accountId).query(Long.class).single() > 0;
    }

    /** Starts (or restarts) an enrolment with a new secret; a confirmed factor is never replaced here. */
    void begin(UUID tenantId, UUID accountId, String secret, Instant now) {
        jdbc.sql("""
                INSERT INTO organisation.totp_factor (account_id, tenant_id, secret, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET secret = EXCLUDED.secret, created_at = EXCLUDED.created_at
                 WHERE organisation.totp_factor.confirmed_at IS NULL""")
                .params(accountId, tenantId, cipher.encrypt(accountId, secret), Timestamp.from(now)).update();
    }

    /** Encrypts the municipality's secrets stored before they were kept encrypted; returns how many. */
    int encryptPlainSecrets() {
        record Plain(UUID accountId, String secret) {
        }
        List<Plain> plain = jdbc.sql("SELECT account_id, secret FROM organisation.totp_factor WHERE secret NOT LIKE 'v1.%'")
                .query(Plain.class).list();
        for (Plain each : plain) {
            jdbc.sql("UPDATE organisation.totp_factor SET secret = ? WHERE account_id = ? AND secret = ?")
                    .params(cipher.encrypt(each.accountId(), each.secret()), each.accountId(), each.secret()).update();
        }
        return plain.size();
    }

    /** The secret of the enrolment under way, if there is one. */
    Optional<String> pendingSecret(UUID accountId) {
        return jdbc.sql("SELECT secret FROM organisation.totp_factor WHERE account_id = ? AND confirmed_at IS NULL")
                .param(accountId).query(String.class).optional().map(stored -> cipher.decrypt(accountId, stored));
    }

    /** The secret of the confirmed factor, if there is one. */
    Optional<String> confirmedSecret(UUID accountId) {
        return jdbc.sql("SELECT secret FROM organisation.totp_factor WHERE account_id = ? AND confirmed_at IS NOT NULL")
                .param(accountId).query(String.class).optional().map(stored -> cipher.decrypt(accountId, stored));
    }

    /**
     * Uses a time step: true only when it is later than every step used before, so that a code is
     * accepted once (also under concurrent requests: the row is updated in one statement).
     */
    boolean useStep(UUID accountId, long step) {
        return jdbc.sql("""
                UPDATE organisation.totp_factor SET last_used_step = ?
                 WHERE account_id = ? AND (last_used_step IS NULL OR last_used_step < ?)""")
                .params(step, accountId, step).update() == 1;
    }

    void confirm(UUID accountId, long step, Instant now) {
        jdbc.sql("UPDATE organisation.totp_factor SET confirmed_at = ?, last_used_step = ? WHERE account_id = ?")
                .params(Timestamp.from(now), step, accountId).update();
    }

    /** Replaces the account's recovery codes with new ones and returns them (shown once). */
    List<String> newRecoveryCodes(UUID tenantId, UUID accountId, Instant now) {
        jdbc.sql("DELETE FROM organisation.recovery_code WHERE account_id = ?").param(accountId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = randomCode();
            codes.add(code);
            jdbc.sql("""
                    INSERT INTO organisation.recovery_code (id, tenant_id, account_id, code_hash, created_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), tenantId, accountId, Secrets.sha256(normalise(code)), Timestamp.from(now))
                    .update();
        }
        return codes;
    }

    /** Uses a recovery code: true only the first time. */
    boolean useRecoveryCode(UUID accountId, String code, Instant now) {
        return jdbc.sql("""
                UPDATE organisation.recovery_code SET used_at = ?
                 WHERE account_id = ? AND code_hash = ? AND used_at IS NULL""")
                .params(Timestamp.from(now), accountId, Secrets.sha256(normalise(code))).update() == 1;
    }

    long unusedRecoveryCodes(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM organisation.recovery_code WHERE account_id = ? AND used_at IS NULL")
                .param(accountId).query(Long.class).single();
    }

    /** Removes the TOTP secret (the recovery codes stay while the account has passkeys). */
    void remove(UUID accountId) {
        jdbc.sql("DELETE FROM organisation.totp_factor WHERE account_id = ?").param(accountId).update();
    }

    void removeRecoveryCodes(UUID accountId) {
        jdbc.sql("DELETE FROM organisation.recovery_code WHERE account_id = ?").param(accountId).update();
    }

    /** 16 characters in four groups, e.g. {@code k7pq-2mxa-9rtd-h3ve} (about 79 bits). */
    private static String randomCode() {
        StringBuilder code = new StringBuilder();
        while (code.length() < 19) {
            if (code.length() % 5 == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String normalise(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }
}
