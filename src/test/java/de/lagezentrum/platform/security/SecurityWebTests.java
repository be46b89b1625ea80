package de.lagezentrum.platform.security;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static de.lagezentrum.WebTestSupport.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Login, logout, CSRF, roles, headers and tokens as an attacker and as a user would try them. */
@IntegrationTest
class SecurityWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Sicherstadt " + UUID.randomUUID());
    }

    @Test
    void pagesNeedALogin() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/admin/departments")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/barrierefreiheit")).hasStatusOk();
        assertThat(mvc.get().uri("/login")).hasStatusOk();
    }

    @Test
    void formLoginWithCsrfStartsADatabaseSessionAndLogoutEndsIt() {
        Cookie session = login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk().bodyText().contains(tenant.admin().displayName());
        assertThat(mvc.post().uri("/logout").cookie(session).with(csrf()))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?logout");
        assertThat(mvc.get().uri("/").cookie(session)).hasStatus3xxRedirection();
    }

    @Test
    void sessionsLiveInTheDatabaseAndLoginsAreRecorded() {
        login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);

        assertThat(jdbc.sql("SELECT count(*) FROM platform.spring_session WHERE principal_name = ?")
                .param(tenant.admin().username()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT last_login_at > now() - interval '1 minute' FROM organisation.account WHERE id = ?")
                .param(tenant.admin().accountId()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        Cookie session = login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);

        assertThat(mvc.post().uri("/admin/departments").cookie(session).param("name", "Ohne Token")
                .param("shortName", "OT")).hasStatus(403);
        assertThat(mvc.post().uri("/login").param("username", "admin").param("password", "x")).hasStatus(403);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.department WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void wrongPasswordsSayNothingAboutWhichPartWasWrong() {
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", tenant.admin().username())
                .param("password", "falsch-falsch-falsch")).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/login?error");
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "gibt-es-nicht-" + UUID.randomUUID())
                .param("password", "falsch-falsch-falsch")).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/login?error");
        MvcTestResult api = mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content(json("username", tenant.admin().username(), "password", "falsch-falsch-falsch")).exchange();
        MvcTestResult unknown = mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content(json("username", "niemand-" + UUID.randomUUID(), "password", "falsch-falsch-falsch")).exchange();
        assertThat(api).hasStatus(401);
        assertThat(unknown).hasStatus(401);
        assertThat(read(api).get("detail").asString()).isEqualTo(read(unknown).get("detail").asString());
    }

    @Test
    void repeatedFailedLoginsAreThrottledWith429() {
        var victim = tenant.user("Opfer", Role.EMPLOYEE);
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.post().uri("/login").with(csrf()).param("username", victim.username())
                    .param("password", "rate-mal-" + i)).hasStatus3xxRedirection();
        }

        MvcTestResult throttled = mvc.post().uri("/login").with(csrf()).param("username", victim.username())
                .param("password", TestOrganisation.PASSWORD).exchange();

        assertThat(throttled).hasStatus(429);
        assertThat(throttled.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
        MvcTestResult api = mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content(json("username", victim.username(), "password", TestOrganisation.PASSWORD)).exchange();
        assertThat(api).hasStatus(429);
        assertThat(read(api).get("type").asString()).isEqualTo("/problems/throttled");
        // Other users are not affected by one user's throttling.
        assertThat(login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD)).isNotNull();
    }

    @Test
    void nonAdminsCannotReachAdminPages() {
        var member = tenant.user("Mitglied", Role.STAFF_MEMBER);
        Cookie session = login(mvc, member.username(), TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri("/admin/departments").cookie(session)).hasStatus(403);
        assertThat(mvc.get().uri("/admin/audit").cookie(session)).hasStatus(403);
        assertThat(mvc.post().uri("/admin/people").cookie(session).with(csrf()).param("displayName", "X"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/profile").cookie(session)).hasStatusOk();
    }

    @Test
    void strictSecurityHeadersOnPagesAndApi() {
        for (MvcTestResult result : new MvcTestResult[] {mvc.get().uri("/login").exchange(),
                mvc.get().uri("/api/v1/me").exchange()}) {
            var response = result.getResponse();
            assertThat(response.getHeader("Content-Security-Policy"))
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
        }
    }

    @Test
    void tokensAreStoredHashedExpireAndCanBeRevoked() {
        String bearer = bearer(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
        String raw = bearer.substring("Bearer ".length());

        assertThat(jdbc.sql("SELECT count(*) FROM organisation.api_token WHERE token_hash = ?").param(raw)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT expires_at > now() + interval '29 days' FROM organisation.api_token t "
                + "JOIN organisation.account a ON a.id = t.account_id WHERE a.username = ?")
                .param(tenant.admin().username()).query(Boolean.class).single()).isTrue();
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer)).hasStatusOk();

        assertThat(mvc.delete().uri("/api/v1/tokens/current").header(HttpHeaders.AUTHORIZATION, bearer)).hasStatus(204);

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer)).hasStatus(401);
    }

    @Test
    void expiredTokensAndDisabledAccountsAreRefused() {
        String bearer = bearer(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
        jdbc.sql("UPDATE organisation.api_token SET expires_at = now() - interval '1 second' WHERE account_id = ?")
                .param(tenant.admin().accountId()).update();
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer)).hasStatus(401);

        var member = tenant.user("Bald gesperrt", Role.EMPLOYEE);
        String memberToken = bearer(mvc, member.username(), TestOrganisation.PASSWORD);
        jdbc.sql("UPDATE organisation.account SET enabled = FALSE WHERE id = ?").param(member.accountId()).update();
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, memberToken)).hasStatus(401);
    }

    @Test
    void passwordsAreHashedWithArgon2() {
        String hash = jdbc.sql("SELECT password_hash FROM organisation.account WHERE id = ?")
                .param(tenant.admin().accountId()).query(String.class).single();

        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(TestOrganisation.PASSWORD);
    }
}
