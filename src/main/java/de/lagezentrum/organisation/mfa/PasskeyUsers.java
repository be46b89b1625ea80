package de.lagezentrum.organisation.mfa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Security's WebAuthn user entity repository on {@code organisation.passkey_user}, under
 * row-level security. A user entity's name is the account's username (unique in the installation), its
 * display name the person's name; its id is a random user handle, never the account id.
 */
@Component
class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    PasskeyUsers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
        return jdbc.sql(USER_ENTITY + " WHERE u.user_handle = ?").param(id.getBytes())
                .query(PasskeyUsers::userEntity).optional().orElse(null);
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
        return jdbc.sql(USER_ENTITY + " WHERE a.username = ?").param(username)
                .query(PasskeyUsers::userEntity).optional().orElse(null);
    }

    /** Gives the account of the entity's name its user handle (once: a second save changes nothing). */
    @Override
    public void save(PublicKeyCredentialUserEntity userEntity) {
        jdbc.sql("""
                INSERT INTO organisation.passkey_user (account_id, tenant_id, user_handle, created_at)
                SELECT id, tenant_id, ?, ? FROM organisation.account WHERE username = ?
                ON CONFLICT (account_id) DO NOTHING""")
                .params(userEntity.getId().getBytes(), Timestamp.from(clock.instant()), userEntity.getName())
                .update();
    }

    /** Deletes the user handle (and so makes the account's passkeys unusable). */
    @Override
    public void delete(Bytes id) {
        jdbc.sql("DELETE FROM organisation.passkey_user WHERE user_handle = ?").param(id.getBytes()).update();
    }

    /** The account a user handle belongs to, in the transaction's municipality. */
    @Nullable UUID accountOf(Bytes userHandle) {
        return jdbc.sql("SELECT account_id FROM organisation.passkey_user WHERE user_handle = ?")
                .param(userHandle.getBytes()).query(UUID.class).optional().orElse(null);
    }

    private static final String USER_ENTITY = """
            SELECT u.user_handle, a.username, p.display_name
              FROM organisation.passkey_user u
              JOIN organisation.account a ON a.id = u.account_id
              JOIN organisation.person p ON p.id = a.person_id""";

    private static PublicKeyCredentialUserEntity userEntity(ResultSet rs, int row) throws SQLException {
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(new Bytes(rs.getBytes("user_handle")))
                .name(rs.getString("username"))
                .displayName(rs.getString("display_name"))
                .build();
    }

}
