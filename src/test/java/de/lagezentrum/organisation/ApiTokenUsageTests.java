package de.lagezentrum.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.ApiTokens.IssuedToken;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/** A token's "last used" is kept to within five minutes, without a write on every API call. */
@IntegrationTest
class ApiTokenUsageTests {

    @Autowired
    ApiTokens tokens;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    CurrentUser user;
    IssuedToken token;

    @BeforeEach
    void issue() {
        TestTenant tenant = organisation.newTenant("Tokenstadt " + UUID.randomUUID());
        user = tenant.user("Toni Token", Role.EMPLOYEE);
        token = tokens.issue(user.username(), TestOrganisation.PASSWORD, "192.0.2.1").orElseThrow();
    }

    @Test
    void theFirstUseIsRecorded() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

        assertThat(tokens.authenticate(token.token())).map(CurrentUser::accountId).contains(user.accountId());

        assertThat(lastUsed()).isAfterOrEqualTo(before);
    }

    @Test
    void aUseWithinFiveMinutesOfTheRecordedOneWritesNothing() {
        Instant recently = Instant.now().minus(4, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
        setLastUsed(recently);
        long rowVersion = rowVersion();

        assertThat(tokens.authenticate(token.token())).map(CurrentUser::accountId).contains(user.accountId());

        assertThat(lastUsed()).isEqualTo(recently);
        assertThat(rowVersion()).isEqualTo(rowVersion);
    }

    @Test
    void aUseLaterThanFiveMinutesIsRecorded() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        setLastUsed(before.minus(6, ChronoUnit.MINUTES));

        assertThat(tokens.authenticate(token.token())).map(CurrentUser::accountId).contains(user.accountId());

        assertThat(lastUsed()).isAfterOrEqualTo(before);
    }

    @Test
    void aRevokedTokenAuthenticatesNobody() {
        tokens.revoke(user, token.token());

        assertThat(tokens.authenticate(token.token())).isEmpty();
        assertThat(tokens.authenticate("lz_unknown")).isEmpty();
    }

    private Instant lastUsed() {
        return jdbc.sql("SELECT last_used_at FROM organisation.api_token WHERE id = ?").param(token.id())
                .query(Timestamp.class).single().toInstant();
    }

    private void setLastUsed(Instant at) {
        jdbc.sql("UPDATE organisation.api_token SET last_used_at = ? WHERE id = ?")
                .params(Timestamp.from(at), token.id()).update();
    }

    /** The row's transaction id: it changes with every write, even one that writes the same values. */
    private long rowVersion() {
        return jdbc.sql("SELECT xmin::text::bigint FROM organisation.api_token WHERE id = ?").param(token.id())
                .query(Long.class).single();
    }
}
