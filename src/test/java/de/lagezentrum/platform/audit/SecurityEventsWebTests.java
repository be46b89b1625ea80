package de.lagezentrum.platform.audit;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Sign-ins, failed and throttled sign-ins, sign-outs, API tokens, role and password changes land in the
 * audit log as security events of the account's municipality.
 */
@IntegrationTest
class SecurityEventsWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    TestTenant tenant;
    CurrentUser member;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Ereignisstadt " + UUID.randomUUID());
        member = tenant.user("Siggi Sicher", Role.EMPLOYEE);
    }

    @Test
    void formSignInsFailuresThrottlingAndSignOutAreRecorded() {
        Cookie session = WebTestSupport.login(mvc, member.username(), TestOrganisation.PASSWORD);
        assertThat(actions()).containsExactly("SIGNED_IN");
        assertThat(details("SIGNED_IN")).contains("\"method\": \"password\"");

        assertThat(mvc.post().uri("/logout").cookie(session).with(csrf())).hasStatus3xxRedirection();
        for (int i = 0; i < 5; i++) {
            mvc.post().uri("/login").with(csrf()).param("username", member.username()).param("password", "falsch-" + i)
                    .exchange();
        }
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", member.username())
                .param("password", TestOrganisation.PASSWORD)).hasStatus(429);

        assertThat(actions()).containsExactly("SIGNED_IN", "SIGNED_OUT", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_THROTTLED");
        assertThat(details("SIGN_IN_THROTTLED")).contains("retryAfterSeconds");
        assertThat(jdbc.sql("""
                SELECT DISTINCT entity_id FROM platform.audit_entry WHERE tenant_id = ? AND entity_type = 'Security'""")
                .param(tenant.id()).query(UUID.class).list()).containsExactly(member.accountId());
    }

    @Test
    void aFailedSignInUnderAnUnknownNameBelongsToNoMunicipalityAndIsNotRecorded() {
        String nobody = "niemand-" + UUID.randomUUID();
        mvc.post().uri("/login").with(csrf()).param("username", nobody).param("password", "falsch-falsch").exchange();

        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE summary = ?").param(nobody)
                .query(Long.class).single()).isZero();
    }

    @Test
    void tokensAreSignInsAndTheirIssueAndRevocationAreRecorded() {
        String token = bearer(mvc, member.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content(json("username", member.username(), "password", "ganz-falsch-123"))).hasStatus(401);
        assertThat(mvc.delete().uri("/api/v1/tokens/current").header(HttpHeaders.AUTHORIZATION, token))
                .hasStatus(204);

        assertThat(actions()).containsExactly("SIGNED_IN", "TOKEN_ISSUED", "SIGN_IN_FAILED", "TOKEN_REVOKED");
        assertThat(details("SIGNED_IN")).contains("\"method\": \"api-token\"");
        assertThat(details("TOKEN_ISSUED")).contains("tokenId").isEqualTo(details("TOKEN_REVOKED"));
    }

    @Test
    void roleChangesAndPasswordResetsByTheAdminAndOwnPasswordChangesAreRecorded() throws Exception {
        Cookie admin = WebTestSupport.login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
        String version = Jsoup.parse(mvc.get().uri("/admin/people/" + member.personId()).cookie(admin)
                .exchange().getResponse().getContentAsString()).selectFirst("input[name=version]").val();
        assertThat(mvc.post().uri("/admin/people/" + member.personId()).cookie(admin).with(csrf())
                .param("displayName", "Siggi Sicher").param("roles", "EMPLOYEE", "STAFF_MEMBER")
                .param("enabled", "true").param("password", "ein-neues-langes-Passwort").param("version", version))
                .hasStatus3xxRedirection();
        Cookie own = WebTestSupport.login(mvc, member.username(), "ein-neues-langes-Passwort");
        assertThat(mvc.post().uri("/profile/password").cookie(own).with(csrf())
                .param("currentPassword", "ein-neues-langes-Passwort").param("newPassword", "mein-eigenes-Passwort")
                .param("confirmation", "mein-eigenes-Passwort")).hasStatus3xxRedirection();

        assertThat(actions()).containsExactlyInAnyOrder("ROLES_CHANGED", "PASSWORD_RESET", "SIGNED_IN",
                "PASSWORD_CHANGED");
        assertThat(details("ROLES_CHANGED")).contains("\"before\": [\"EMPLOYEE\"]")
                .contains("\"after\": [\"EMPLOYEE\", \"STAFF_MEMBER\"]");
        assertThat(jdbc.sql("""
                SELECT actor_name FROM platform.audit_entry WHERE tenant_id = ? AND action = 'ROLES_CHANGED'""")
                .param(tenant.id()).query(String.class).single()).isEqualTo(tenant.admin().username());
    }

    /** The security events of the member's account, oldest first (one transaction's entries by action). */
    private List<String> actions() {
        return jdbc.sql("""
                SELECT action FROM platform.audit_entry
                 WHERE tenant_id = ? AND entity_type = 'Security' AND entity_id = ? ORDER BY occurred_at, action""")
                .params(tenant.id(), member.accountId()).query(String.class).list();
    }

    private String details(String action) {
        return jdbc.sql("""
                SELECT after::text FROM platform.audit_entry WHERE tenant_id = ? AND entity_id = ? AND action = ?
                 ORDER BY occurred_at LIMIT 1""")
                .params(tenant.id(), member.accountId(), action).query(String.class).single();
    }
}
