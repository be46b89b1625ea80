package de.lagezentrum.organisation.web;

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
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.organisation.mfa.TestTotp;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The second factor through API v1 and the municipality's rule: tokens need {@code otp}, an account that
 * must enrol gets a token that can only enrol, and in the browser only the enrolment page.
 */
@IntegrationTest
class MfaApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    TestTenant tenant;
    CurrentUser user;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Apifaktorstadt " + UUID.randomUUID());
        user = tenant.user("Anton Api", Role.STAFF_MEMBER, Role.EMPLOYEE);
    }

    @Test
    void afterEnrolmentTokensNeedTheOneTimeCode() {
        String token = bearer(mvc, user.username(), TestOrganisation.PASSWORD);
        MvcTestResult enrolment = mvc.post().uri("/api/v1/me/mfa/totp").header(HttpHeaders.AUTHORIZATION, token)
                .exchange();
        assertThat(enrolment).hasStatusOk();
        String secret = read(enrolment).get("secret").asString();
        assertThat(read(enrolment).get("otpauthUri").asString()).startsWith("otpauth://totp/")
                .contains("secret=" + secret);

        MvcTestResult wrongConfirmation = MfaTestSupport.confirm(mvc, token, TestTotp.wrongCode(secret));
        assertThat(wrongConfirmation).hasStatus(400);
        assertThat(read(wrongConfirmation).get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(bearer(mvc, user.username(), TestOrganisation.PASSWORD)).as("nothing enrolled").isNotBlank();

        MvcTestResult confirmation = MfaTestSupport.confirm(mvc, token, TestTotp.code(secret, 0));
        assertThat(confirmation).hasStatusOk();
        assertThat(read(confirmation).get("recoveryCodes")).hasSize(10);

        MvcTestResult withoutOtp = issue(null);
        assertThat(withoutOtp).hasStatus(401);
        assertThat(read(withoutOtp).get("type").asString()).endsWith("mfa-required");
        MvcTestResult wrongOtp = issue(TestTotp.wrongCode(secret));
        MvcTestResult wrongPassword = mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content(json("username", user.username(), "password", "falsch-falsch-falsch")).exchange();
        assertThat(wrongOtp).hasStatus(401);
        assertThat(read(wrongOtp).get("type").asString()).isEqualTo(read(wrongPassword).get("type").asString());
        assertThat(read(wrongOtp).get("detail").asString()).isEqualTo(read(wrongPassword).get("detail").asString());
        MvcTestResult replayed = issue(TestTotp.code(secret, 0));
        assertThat(replayed).as("the confirmation's code is used up").hasStatus(401);

        MvcTestResult issued = issue(TestTotp.code(secret, 1));
        assertThat(issued).hasStatus(201);
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + read(issued).get("token").asString())).hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/me/mfa/totp").header(HttpHeaders.AUTHORIZATION, token))
                .as("TOTP is not replaced behind the user's back").hasStatus(409);
    }

    @Test
    void aMunicipalitysRuleSendsItsRolesToTheEnrolmentAndNowhereElse() throws Exception {
        var lead = tenant.user("Lea Leitung", Role.STAFF_LEAD, Role.EMPLOYEE);
        Cookie admin = WebTestSupport.login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/admin/security").cookie(admin)).hasStatusOk();
        assertThat(mvc.post().uri("/admin/security").cookie(admin).with(csrf()).param("roles", "STAFF_LEAD"))
                .hasStatus3xxRedirection();

        assertThat(WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD))
                .as("other roles stay one step").isNotNull();
        MvcTestResult password = mvc.post().uri("/login").with(csrf()).param("username", lead.username())
                .param("password", TestOrganisation.PASSWORD).exchange();
        assertThat(password).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/profile/mfa/totp");
        Cookie session = password.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
        for (String page : new String[] {"/", "/profile", "/staffs", "/search?q=x", "/login/mfa"}) {
            assertThat(mvc.get().uri(page).cookie(session)).as(page).hasStatus3xxRedirection().redirectedUrl()
                    .isEqualTo("/profile/mfa/totp");
        }
        assertThat(mvc.get().uri("/profile/mfa/totp").cookie(session)).hasStatusOk();

        String token = bearer(mvc, lead.username(), TestOrganisation.PASSWORD);
        MvcTestResult me = mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, token).exchange();
        assertThat(me).hasStatus(403);
        assertThat(read(me).get("type").asString()).endsWith("mfa-enrolment-required");
        assertThat(mvc.post().uri("/api/v1/departments").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(json("name", "Nein", "shortName", "N")))
                .hasStatus(403);
        MvcTestResult enrolment = mvc.post().uri("/api/v1/me/mfa/totp").header(HttpHeaders.AUTHORIZATION, token)
                .exchange();
        assertThat(enrolment).hasStatusOk();
        assertThat(MfaTestSupport.confirm(mvc, token, TestTotp.code(read(enrolment).get("secret").asString(), 0))).hasStatusOk();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE tenant_id = ? AND action = ?")
                .params(tenant.id(), "MFA_POLICY_CHANGED").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAdminsSetTheRule() {
        Cookie member = WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri("/admin/security").cookie(member)).hasStatus(403);
        assertThat(mvc.post().uri("/admin/security").cookie(member).with(csrf()).param("roles", "EMPLOYEE"))
                .hasStatus(403);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.tenant_mfa_policy WHERE tenant_id = ?")
                .param(tenant.id()).query(Long.class).single()).isZero();
    }

    @Test
    void theDemoCityIsExemptFromTheInstallationsRoles() {
        assertThat(jdbc.sql("""
                SELECT p.installation_default FROM organisation.tenant_mfa_policy p
                  JOIN organisation.tenant t ON t.id = p.tenant_id WHERE t.name = 'Musterstadt'""")
                .query(Boolean.class).list()).containsExactly(false);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.tenant_mfa_policy WHERE tenant_id = ?")
                .param(tenant.id()).query(Long.class).single()).as("other municipalities follow the installation")
                .isZero();
    }

    private MvcTestResult issue(String otp) {
        String body = otp == null ? json("username", user.username(), "password", TestOrganisation.PASSWORD)
                : json("username", user.username(), "password", TestOrganisation.PASSWORD, "otp", otp);
        return mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
