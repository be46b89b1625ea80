package de.lagezentrum.organisation.web;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The admin pages for departments and people and the profile page, as forms without JavaScript. */
@IntegrationTest
class OrganisationPageWebTests {

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
        tenant = organisation.newTenant("Formstadt " + UUID.randomUUID());
        admin = login(tenant.admin().username());
    }

    @Test
    void invalidDepartmentFormShowsAccessibleErrorsAndSavesNothing() throws Exception {
        MvcTestResult result = mvc.post().uri("/admin/departments").cookie(admin).with(csrf())
                .param("name", "").param("shortName", "x".repeat(25)).exchange();

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        Element summary = page.selectFirst(".error-summary[role=alert]");
        assertThat(summary).isNotNull();
        assertThat(summary.select("a[href=#name], a[href=#shortName]")).hasSize(2);
        Element name = page.getElementById("name");
        assertThat(name.attr("aria-invalid")).isEqualTo("true");
        assertThat(name.attr("aria-describedby")).contains("name-error");
        assertThat(page.getElementById("name-error").text()).contains("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.selectFirst("label[for=name]")).isNotNull();
        assertThat(departments()).isZero();
    }

    @Test
    void departmentIsCreatedRenamedAndDeletedThroughForms() throws Exception {
        assertThat(mvc.post().uri("/admin/departments").cookie(admin).with(csrf())
                .param("name", "Amt für Soziales").param("shortName", "50"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/departments");
        UUID id = jdbc.sql("SELECT id FROM organisation.department WHERE tenant_id = ?").param(tenant.id())
                .query(UUID.class).single();

        Document edit = page("/admin/departments/" + id);
        assertThat(edit.getElementById("name").val()).isEqualTo("Amt für Soziales");
        String version = edit.selectFirst("input[name=version]").val();
        assertThat(mvc.post().uri("/admin/departments/" + id).cookie(admin).with(csrf())
                .param("name", "Sozialamt").param("shortName", "50").param("version", version))
                .hasStatus3xxRedirection();
        // A second save with the old version is refused: the first change is not lost.
        MvcTestResult stale = mvc.post().uri("/admin/departments/" + id).cookie(admin).with(csrf())
                .param("name", "Überschrieben").param("shortName", "50").param("version", version).exchange();
        assertThat(Jsoup.parse(stale.getResponse().getContentAsString()).select(".error-summary").text())
                .contains("inzwischen geändert");
        assertThat(jdbc.sql("SELECT name FROM organisation.department WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo("Sozialamt");

        assertThat(mvc.post().uri("/admin/departments/" + id + "/delete").cookie(admin).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(departments()).isZero();
    }

    @Test
    void htmlInNamesIsEscaped() throws Exception {
        mvc.post().uri("/admin/departments").cookie(admin).with(csrf())
                .param("name", "<script>alert(1)</script>").param("shortName", "<b>X</b>").exchange();

        String html = mvc.get().uri("/admin/departments").cookie(admin).exchange().getResponse().getContentAsString();

        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).doesNotContain("<b>X</b>");
    }

    @Test
    void peopleSearchAnswersHtmxWithTheResultsFragmentOnly() throws Exception {
        tenant.user("Zacharias Zufall", Role.EMPLOYEE);

        MvcTestResult full = mvc.get().uri("/admin/people?q=zufall").cookie(admin).exchange();
        MvcTestResult fragment = mvc.get().uri("/admin/people?q=zufall").cookie(admin).header("HX-Request", "true")
                .exchange();

        Document fullPage = Jsoup.parse(full.getResponse().getContentAsString());
        assertThat(fullPage.select("main form[role=search][action=/admin/people]")).hasSize(1);
        assertThat(fullPage.select("#people-results tbody tr")).hasSize(1);
        String partial = fragment.getResponse().getContentAsString();
        assertThat(partial).contains("Zacharias Zufall").contains("id=\"people-status\"").contains("role=\"status\"")
                .doesNotContain("<html").doesNotContain("<header");
    }

    @Test
    void adminCreatesAPersonWithAccountWhoCanThenSignIn() throws Exception {
        UUID departmentId = UUID.fromString(jdbc.sql("SELECT gen_random_uuid()").query(String.class).single());
        String username = "neu-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(mvc.post().uri("/admin/people").cookie(admin).with(csrf())
                .param("displayName", "Nina Neu").param("email", "nina@example.org").param("username", username)
                .param("password", "ein-sehr-langes-Passwort").param("roles", "STAFF_MEMBER", "EMPLOYEE")
                .param("departmentId", ""))
                .hasStatus3xxRedirection();
        assertThat(login(username, "ein-sehr-langes-Passwort")).isNotNull();

        MvcTestResult unknownDepartment = mvc.post().uri("/admin/people").cookie(admin).with(csrf())
                .param("displayName", "Falscher Fachbereich").param("departmentId", departmentId.toString()).exchange();
        Document page = Jsoup.parse(unknownDepartment.getResponse().getContentAsString());
        assertThat(page.getElementById("departmentId").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void adminsCannotLockThemselvesOut() throws Exception {
        String version = page("/admin/people/" + tenant.admin().personId()).selectFirst("input[name=version]").val();

        MvcTestResult result = mvc.post().uri("/admin/people/" + tenant.admin().personId()).cookie(admin).with(csrf())
                .param("displayName", "Admin").param("roles", "EMPLOYEE").param("version", version).exchange();

        assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select(".error-summary").text())
                .contains("Rolle Administration");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.account_role WHERE account_id = ? AND role = 'ADMIN'")
                .param(tenant.admin().accountId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        var member = tenant.user("Sitzung Beenden", Role.STAFF_MEMBER);
        Cookie memberSession = login(member.username());
        assertThat(mvc.get().uri("/").cookie(memberSession)).hasStatusOk();
        String version = page("/admin/people/" + member.personId()).selectFirst("input[name=version]").val();

        // An unticked checkbox is sent as its "_enabled" marker only, as Thymeleaf renders it.
        MvcTestResult disabled = mvc.post().uri("/admin/people/" + member.personId()).cookie(admin).with(csrf())
                .param("displayName", "Sitzung Beenden").param("roles", "STAFF_MEMBER").param("_enabled", "on")
                .param("version", version).exchange();
        assertThat(Jsoup.parse(disabled.getResponse().getContentAsString()).select(".error-summary").text()).isEmpty();
        assertThat(disabled).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/").cookie(memberSession)).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", member.username())
                .param("password", TestOrganisation.PASSWORD)).redirectedUrl().isEqualTo("/login?error");
    }

    @Test
    void everyoneEditsTheirOwnProfileAndPassword() throws Exception {
        var member = tenant.user("Paula Profil", Role.EMPLOYEE);
        Cookie otherDevice = login(member.username());
        Cookie session = login(member.username());
        Document profile = Jsoup.parse(mvc.get().uri("/profile").cookie(session).exchange().getResponse()
                .getContentAsString());
        String version = profile.selectFirst("form[action=/profile] input[name=version]").val();

        assertThat(mvc.post().uri("/profile").cookie(session).with(csrf()).param("displayName", "Paula P.")
                .param("email", "paula@example.org").param("version", version)).hasStatus3xxRedirection();
        MvcTestResult wrongCurrent = mvc.post().uri("/profile/password").cookie(session).with(csrf())
                .param("currentPassword", "falsch").param("newPassword", "neues-langes-Passwort")
                .param("confirmation", "neues-langes-Passwort").exchange();
        assertThat(Jsoup.parse(wrongCurrent.getResponse().getContentAsString()).getElementById("currentPassword")
                .attr("aria-invalid")).isEqualTo("true");
        assertThat(mvc.post().uri("/profile/password").cookie(session).with(csrf())
                .param("currentPassword", TestOrganisation.PASSWORD).param("newPassword", "neues-langes-Passwort")
                .param("confirmation", "neues-langes-Passwort")).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/profile").cookie(session)).hasStatusOk();
        assertThat(mvc.get().uri("/profile").cookie(otherDevice)).hasStatus3xxRedirection();
        assertThat(login(member.username(), "neues-langes-Passwort")).isNotNull();
        assertThat(jdbc.sql("SELECT display_name FROM organisation.person WHERE id = ?").param(member.personId())
                .query(String.class).single()).isEqualTo("Paula P.");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE tenant_id = ? AND action IN "
                + "('PROFILE_UPDATED', 'PASSWORD_CHANGED')").param(tenant.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anotherTenantsRecordsAreNotFoundOnPages() throws Exception {
        TestTenant other = organisation.newTenant("Nachbarstadt " + UUID.randomUUID());

        assertThat(mvc.get().uri("/admin/people/" + other.admin().personId()).cookie(admin)).hasStatus(404);
    }

    @Test
    void languageSwitchesToEnglishAndStays() throws Exception {
        MvcTestResult english = mvc.get().uri("/admin/departments?lang=en").cookie(admin).exchange();
        Cookie language = english.getResponse().getCookie("LAGEZENTRUM_LANG");

        assertThat(Jsoup.parse(english.getResponse().getContentAsString()).selectFirst("html").attr("lang")).isEqualTo("en");
        Document next = Jsoup.parse(mvc.get().uri("/").cookie(admin, language).exchange().getResponse()
                .getContentAsString());
        assertThat(next.selectFirst("h1").text()).isEqualTo("Situation at a glance");
        // Pages are German until the user switches, whatever language the browser prefers.
        assertThat(Jsoup.parse(mvc.get().uri("/").cookie(admin).header("Accept-Language", "en-US,en;q=0.9")
                .exchange().getResponse().getContentAsString()).selectFirst("h1").text())
                .isEqualTo("Lage auf einen Blick");
    }

    private Document page(String uri) throws Exception {
        return Jsoup.parse(mvc.get().uri(uri).cookie(admin).exchange().getResponse().getContentAsString());
    }

    private long departments() {
        return jdbc.sql("SELECT count(*) FROM organisation.department WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single();
    }

    private Cookie login(String username) {
        return login(username, TestOrganisation.PASSWORD);
    }

    private Cookie login(String username, String password) {
        return WebTestSupport.login(mvc, username, password);
    }
}
