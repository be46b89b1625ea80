package de.lagezentrum.organisation.web;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Wherever a password is set (new person on the page and in the API, reset by an admin, own change),
 * a common or short one is refused with a message at the field, and nothing changes.
 */
@IntegrationTest
class PasswordRuleWebTests {

    private static final String COMMON = "Qwerty123456";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    TestTenant tenant;
    Cookie admin;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Passwortstadt " + UUID.randomUUID());
        admin = WebTestSupport.login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
    }

    @Test
    void theNewPersonFormRefusesACommonPasswordAtTheField() throws Exception {
        MvcTestResult result = mvc.post().uri("/admin/people").cookie(admin).with(csrf())
                .param("displayName", "Nina Neu").param("username", "nina-" + UUID.randomUUID())
                .param("password", COMMON).param("roles", "EMPLOYEE").exchange();

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        Element password = page.getElementById("password");
        assertThat(password.attr("aria-invalid")).isEqualTo("true");
        assertThat(password.attr("aria-describedby")).contains("password-error");
        assertThat(page.getElementById("password-error").text()).contains("zu häufig verwendet");
        assertThat(people()).isEqualTo(1);
    }

    @Test
    void theApiRefusesShortAndCommonPasswordsInEnglishToo() {
        for (String weak : new String[] {COMMON, "elf-Zeichen"}) {
            MvcTestResult refused = mvc.post().uri("/api/v1/people")
                    .header(HttpHeaders.AUTHORIZATION, bearer(mvc, tenant.admin().username(), TestOrganisation.PASSWORD))
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"displayName":"P","username":"p-%s","password":"%s"}""".formatted(UUID.randomUUID(), weak))
                    .exchange();
            assertThat(refused).hasStatus(400);
            JsonNode error = read(refused).get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("password");
            assertThat(error.get("message").asString()).containsAnyOf("used too often", "at least 12 characters");
        }
        assertThat(people()).isEqualTo(1);
    }

    @Test
    void anAdminResetToACommonPasswordChangesNothing() throws Exception {
        CurrentUser member = tenant.user("Resa Reset", Role.EMPLOYEE);
        String hash = hash(member);
        Document form = Jsoup.parse(mvc.get().uri("/admin/people/" + member.personId()).cookie(admin).exchange()
                .getResponse().getContentAsString());

        MvcTestResult result = mvc.post().uri("/admin/people/" + member.personId()).cookie(admin).with(csrf())
                .param("displayName", "Resa Reset").param("roles", "EMPLOYEE").param("enabled", "true")
                .param("password", COMMON).param("version", form.selectFirst("input[name=version]").val()).exchange();

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.getElementById("password").attr("aria-invalid")).isEqualTo("true");
        assertThat(hash(member)).isEqualTo(hash);
        assertThat(WebTestSupport.login(mvc, member.username(), TestOrganisation.PASSWORD)).isNotNull();
    }

    @Test
    void nobodyChangesTheirOwnPasswordToACommonOne() throws Exception {
        CurrentUser member = tenant.user("Paul Passwort", Role.EMPLOYEE);
        Cookie session = WebTestSupport.login(mvc, member.username(), TestOrganisation.PASSWORD);
        String hash = hash(member);

        MvcTestResult result = mvc.post().uri("/profile/password").cookie(session).with(csrf())
                .param("currentPassword", TestOrganisation.PASSWORD).param("newPassword", "1q2w3e4r5t6y")
                .param("confirmation", "1q2w3e4r5t6y").exchange();

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.getElementById("newPassword").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("newPassword-error").text()).contains("zu häufig verwendet");
        assertThat(hash(member)).isEqualTo(hash);
        assertThat(mvc.post().uri("/profile/password").cookie(session).with(csrf())
                .param("currentPassword", TestOrganisation.PASSWORD).param("newPassword", "pferd batterie heftklammer")
                .param("confirmation", "pferd batterie heftklammer")).hasStatus3xxRedirection();
        assertThat(hash(member)).isNotEqualTo(hash);
    }

    private String hash(CurrentUser user) {
        return jdbc.sql("SELECT password_hash FROM organisation.account WHERE id = ?").param(user.accountId())
                .query(String.class).single();
    }

    private long people() {
        return jdbc.sql("SELECT count(*) FROM organisation.person WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single();
    }
}
