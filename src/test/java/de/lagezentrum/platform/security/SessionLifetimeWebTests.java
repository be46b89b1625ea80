package de.lagezentrum.platform.security;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.WebTestSupport.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The absolute session lifetime and "sign out everywhere" (ASVS V7). */
@IntegrationTest
class SessionLifetimeWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    SecurityProperties properties;

    TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Sitzungsstadt " + UUID.randomUUID());
    }

    @Test
    void anActiveSessionEndsOnceItIsOlderThanTheAbsoluteLifetime() {
        var user = tenant.user("Ulla Unermüdlich", Role.EMPLOYEE);
        Cookie young = login(mvc, user.username(), TestOrganisation.PASSWORD);
        Cookie old = login(mvc, user.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/").cookie(old)).hasStatusOk();
        // The session was created longer ago than the lifetime, and was used a moment ago.
        long aged = properties.sessionAbsoluteLifetime().plus(Duration.ofMinutes(1)).toMillis();
        jdbc.sql("""
                UPDATE platform.spring_session SET creation_time = creation_time - ?
                 WHERE principal_name = ? AND creation_time = (SELECT max(creation_time) FROM platform.spring_session
                                                               WHERE principal_name = ?)""")
                .params(aged, user.username(), user.username()).update();

        assertThat(mvc.get().uri("/").cookie(old)).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/login?expired");
        assertThat(mvc.get().uri("/").cookie(old)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/").cookie(young)).as("a younger session goes on").hasStatusOk();
    }

    @Test
    void signingOutEverywhereEndsEverySessionAndRevokesTheTokens() {
        var user = tenant.user("Sven Sorgsam", Role.EMPLOYEE);
        Cookie laptop = login(mvc, user.username(), TestOrganisation.PASSWORD);
        Cookie phone = login(mvc, user.username(), TestOrganisation.PASSWORD);
        String token = bearer(mvc, user.username(), TestOrganisation.PASSWORD);
        Cookie other = login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);

        assertThat(mvc.post().uri("/profile/sign-out-everywhere").cookie(laptop)).as("needs CSRF").hasStatus(403);
        assertThat(mvc.post().uri("/profile/sign-out-everywhere").cookie(laptop).with(csrf()))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?signedOutEverywhere");

        assertThat(mvc.get().uri("/").cookie(laptop)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/").cookie(phone)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, token)).hasStatus(401);
        assertThat(mvc.get().uri("/").cookie(other)).as("other accounts stay signed in").hasStatusOk();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.spring_session WHERE principal_name = ?")
                .param(user.username()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE tenant_id = ? AND action = ?")
                .params(tenant.id(), "SIGNED_OUT_EVERYWHERE").query(Long.class).single()).isEqualTo(1);
    }
}
