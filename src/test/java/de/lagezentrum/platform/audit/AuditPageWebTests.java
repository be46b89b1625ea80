package de.lagezentrum.platform.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The admins' audit page filters by kind, action, period and actor without JavaScript, and exports CSV. */
@IntegrationTest
class AuditPageWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    TestTenant tenant;
    Cookie admin;
    CurrentUser member;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Protokollstadt " + UUID.randomUUID());
        member = tenant.user("Fritz Fehler", Role.EMPLOYEE);
        admin = WebTestSupport.login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
        mvc.post().uri("/admin/departments").cookie(admin).with(csrf()).param("name", "=HYPERLINK(\"http://x\",\"Kasse\")")
                .param("shortName", "20,5").exchange();
        mvc.post().uri("/login").with(csrf()).param("username", member.username()).param("password", "falsch-falsch")
                .exchange();
    }

    @Test
    void securityEventsAndChangesAreShownApart() throws Exception {
        List<String> security = actions(page("/admin/audit?kind=SECURITY"));
        List<String> changes = actions(page("/admin/audit?kind=CHANGES"));

        assertThat(security).contains("angemeldet", "Anmeldung fehlgeschlagen").doesNotContain("angelegt");
        assertThat(changes).contains("angelegt").doesNotContain("angemeldet", "Anmeldung fehlgeschlagen");
        assertThat(actions(page("/admin/audit"))).hasSize(security.size() + changes.size());
        Document filtered = page("/admin/audit?kind=SECURITY");
        assertThat(filtered.selectFirst("#kind option[selected]").val()).isEqualTo("SECURITY");
        assertThat(filtered.selectFirst("form[role=search]").attr("method")).isEqualTo("get");
        assertThat(filtered.select("label[for=kind], label[for=action], label[for=from], label[for=to], label[for=actor]"))
                .hasSize(5);
    }

    @Test
    void actionActorAndPeriodNarrowTheList() throws Exception {
        Document failed = page("/admin/audit?action=SIGN_IN_FAILED");
        assertThat(actions(failed)).containsExactly("Anmeldung fehlgeschlagen");
        assertThat(failed.select("tbody tr").text()).contains(member.username());
        assertThat(failed.selectFirst("#action option[selected]").val()).isEqualTo("SIGN_IN_FAILED");

        // the actor filter finds the account of a sign-in too, ignoring case
        assertThat(actions(page("/admin/audit?actor=" + member.username().toUpperCase())))
                .containsExactly("Anmeldung fehlgeschlagen");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        assertThat(actions(page("/admin/audit?from=" + today + "&to=" + today))).isNotEmpty();
        assertThat(actions(page("/admin/audit?from=" + today.plusDays(1)))).isEmpty();
        assertThat(actions(page("/admin/audit?to=" + today.minusDays(1)))).isEmpty();
        assertThat(actions(page("/admin/audit?actor=%25"))).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsMarkedAtTheField() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        Document page = page("/admin/audit?from=" + today + "&to=" + today.minusDays(3));

        assertThat(page.getElementById("to").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("to").attr("aria-describedby")).isEqualTo("to-error");
        assertThat(page.getElementById("to-error").text()).contains("Enddatum liegt vor dem Anfangsdatum");
        assertThat(page.select("tbody tr")).isEmpty();
    }

    @Test
    void theCsvExportHoldsTheFilteredListSafeForSpreadsheets() throws Exception {
        MvcTestResult export = mvc.get().uri("/admin/audit.csv?kind=CHANGES").cookie(admin).exchange();

        assertThat(export).hasStatusOk();
        assertThat(export.getResponse().getContentType()).startsWith("text/csv").contains("UTF-8");
        assertThat(export.getResponse().getHeader("Content-Disposition")).contains("attachment", "audit.csv");
        String csv = new String(export.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFZeitpunkt,Wer,");
        List<String> lines = List.of(csv.split("\r\n"));
        // the department and the two people of the tenant, nothing of the security events
        assertThat(lines).hasSize(4).noneMatch(line -> line.contains("SIGN_IN"));
        // a formula gets a leading apostrophe; a cell with comma or quote is quoted, quotes doubled
        assertThat(lines).filteredOn(line -> line.contains(",Department,")).singleElement().asString()
                .contains(",CREATED,angelegt,Department,")
                .contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"Kasse\"\")\",")
                .endsWith(",\"name: – → =HYPERLINK(\"\"http://x\"\",\"\"Kasse\"\"); shortName: – → 20,5\"");
        assertThat(new String(mvc.get().uri("/admin/audit.csv?action=SIGN_IN_FAILED").cookie(admin).exchange()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).split("\r\n")).hasSize(2);
    }

    @Test
    void onlyAdminsReadOrExportTheLog() {
        Cookie employee = WebTestSupport.login(mvc, member.username(), TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri("/admin/audit?kind=SECURITY").cookie(employee)).hasStatus(403);
        assertThat(mvc.get().uri("/admin/audit.csv").cookie(employee)).hasStatus(403);
        assertThat(mvc.get().uri("/admin/audit.csv")).hasStatus3xxRedirection();
        // an admin of another municipality sees none of these entries
        TestTenant other = organisation.newTenant("Nachbarstadt " + UUID.randomUUID());
        Cookie otherAdmin = WebTestSupport.login(mvc, other.admin().username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/admin/audit.csv").cookie(otherAdmin)).hasStatusOk().bodyText()
                .doesNotContain(member.username()).doesNotContain("HYPERLINK");
    }

    private Document page(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).cookie(admin).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static List<String> actions(Document page) {
        return page.select("tbody tr td:nth-child(3)").eachText();
    }
}
