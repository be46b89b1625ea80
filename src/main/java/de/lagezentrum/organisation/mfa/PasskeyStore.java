package de.lagezentrum.organisation.mfa;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Security's WebAuthn credential repository on {@code organisation.passkey}, under row-level
 * security: every statement sees only the municipality of the transaction.
 */
@Component
class PasskeyStore implements UserCredentialRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    PasskeyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- credentials

    /** Saves a new credential or, for one already known, what a use changes (counter, last use, backup state). */
    @Override
    public void save(CredentialRecord record) {
        int updated = jdbc.sql("""
                UPDATE organisation.passkey SET signature_count = ?, last_used_at = ?, backup_state = ?, uv_initialized = ?
                 WHERE credential_id = ?""")
                .params(record.getSignatureCount(), timestamp(record.getLastUsed()), record.isBackupState(),
                        record.isUvInitialized(), record.getCredentialId().getBytes())
                .update();
        if (updated > 0) {
            return;
        }
        Bytes attestationObject = record.getAttestationObject();
        Bytes clientData = record.getAttestationClientDataJSON();
        if (attestationObject == null || clientData == null) {
            throw new IllegalArgumentException("A new passkey needs its attestation");
        }
        int inserted = jdbc.sql("""
                INSERT INTO organisation.passkey (id, tenant_id, account_id, credential_id, label, public_key,
                    signature_count, uv_initialized, transports, backup_eligible, backup_state, attestation_object,
                    client_data_json, created_at)
                SELECT ?, u.tenant_id, u.account_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                  FROM organisation.passkey_user u WHERE u.user_handle = ?""")
                .params(UUID.randomUUID(), record.getCredentialId().getBytes(), record.getLabel(),
                        record.getPublicKey().getBytes(), record.getSignatureCount(), record.isUvInitialized(),
                        transports(record.getTransports()), record.isBackupEligible(), record.isBackupState(),
                        attestationObject.getBytes(), clientData.getBytes(), Timestamp.from(clock.instant()),
                        record.getUserEntityUserId().getBytes())
                .update();
        if (inserted != 1) {
            throw new IllegalArgumentException("No account for this user handle");
        }
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return jdbc.sql(CREDENTIAL + " WHERE c.credential_id = ?").param(credentialId.getBytes())
                .query(PasskeyStore::credential).optional().orElse(null);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return jdbc.sql(CREDENTIAL + " WHERE u.user_handle = ? ORDER BY c.created_at").param(userId.getBytes())
                .query(PasskeyStore::credential).list();
    }

    @Override
    public void delete(Bytes credentialId) {
        jdbc.sql("DELETE FROM organisation.passkey WHERE credential_id = ?").param(credentialId.getBytes()).update();
    }

    // --- what the profile shows

    List<Passkey> ofAccount(UUID accountId) {
        return jdbc.sql(PASSKEY + " WHERE account_id = ? ORDER BY created_at, id").param(accountId)
                .query(PasskeyStore::passkey).list();
    }

    Optional<Passkey> ofCredential(Bytes credentialId) {
        return jdbc.sql(PASSKEY + " WHERE credential_id = ?").param(credentialId.getBytes())
                .query(PasskeyStore::passkey).optional();
    }

    private static final String PASSKEY = "SELECT id, label, created_at, last_used_at FROM organisation.passkey";

    private static Passkey passkey(ResultSet rs, int row) throws SQLException {
        Timestamp lastUsed = rs.getTimestamp("last_used_at");
        return new Passkey(rs.getObject("id", UUID.class), rs.getString("label"), rs.getTimestamp("created_at").toInstant(),
                lastUsed == null ? null : lastUsed.toInstant());
    }

    boolean any(UUID accountId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organisation.passkey WHERE account_id = ?)")
                .param(accountId).query(Boolean.class).single();
    }

    /** Deletes one passkey of the account; false when it has none of that id. */
    @Nullable String remove(UUID accountId, UUID passkeyId) {
        return jdbc.sql("DELETE FROM organisation.passkey WHERE account_id = ? AND id = ? RETURNING label")
                .params(accountId, passkeyId).query(String.class).optional().orElse(null);
    }

    private static final String CREDENTIAL = """
            SELECT c.credential_id, u.user_handle, c.label, c.public_key, c.signature_count, c.uv_initialized,
                   c.transports, c.backup_eligible, c.backup_state, c.attestation_object, c.client_data_json,
                   c.created_at, c.last_used_at
              FROM organisation.passkey c
              JOIN organisation.passkey_user u ON u.account_id = c.account_id""";

    private static CredentialRecord credential(ResultSet rs, int row) throws SQLException {
        Timestamp lastUsed = rs.getTimestamp("last_used_at");
        Timestamp created = rs.getTimestamp("created_at");
        return ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(new Bytes(rs.getBytes("credential_id")))
                .userEntityUserId(new Bytes(rs.getBytes("user_handle")))
                .label(rs.getString("label"))
                .publicKey(new ImmutablePublicKeyCose(rs.getBytes("public_key")))
                .signatureCount(rs.getLong("signature_count"))
                .uvInitialized(rs.getBoolean("uv_initialized"))
                .transports(transports(rs.getArray("transports")))
                .backupEligible(rs.getBoolean("backup_eligible"))
                .backupState(rs.getBoolean("backup_state"))
                .attestationObject(new Bytes(rs.getBytes("attestation_object")))
                .attestationClientDataJSON(new Bytes(rs.getBytes("client_data_json")))
                .created(created.toInstant())
                .lastUsed(lastUsed == null ? created.toInstant() : lastUsed.toInstant())
                .build();
    }

    private static String[] transports(@Nullable Set<AuthenticatorTransport> transports) {
        return transports == null ? new String[0]
                : transports.stream().map(AuthenticatorTransport::getValue).sorted().toArray(String[]::new);
    }

    private static Set<AuthenticatorTransport> transports(@Nullable Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(AuthenticatorTransport::valueOf)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static @Nullable Timestamp timestamp(java.time.@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
