package de.lagezentrum.staff.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.journal.JournalCategory;
import de.lagezentrum.journal.JournalEntry;
import de.lagezentrum.journal.JournalManagement;
import de.lagezentrum.journal.NewJournalEntry;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.NewAgendaItem;
import de.lagezentrum.staff.NewEntry;
import de.lagezentrum.staff.NewSession;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.SessionKind;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.StaffManagement;

import static org.assertj.core.api.Assertions.assertThat;

/** "Lage auf einen Blick": the latest decisions and journal entries of the user's own staffs only. */
@IntegrationTest
class DashboardCardsWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    StaffManagement staffs;

    @Autowired
    SessionManagement sessions;

    @Autowired
    MinutesManagement minutes;

    @Autowired
    JournalManagement journal;

    TestTenant tenant;
    CurrentUser lead;
    UUID staffId;
    UUID sessionId;
    JournalEntry report;

    @BeforeEach
    void staffWithDecisionAndReport() {
        tenant = organisation.newTenant("Blickstadt " + UUID.randomUUID());
        lead = tenant.user("Bea Blick", Role.STAFF_LEAD);
        staffId = staffs.create(lead, new NewStaff("Stab Überblick", null, null, null)).id();
        sessionId = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:00:00Z"), SessionKind.REGULAR, null, null)).id();
        UUID item = minutes.propose(lead, sessionId, new NewAgendaItem("Hallen", "Unterbringung", null)).id();
        minutes.record(lead, sessionId, item, new NewEntry(EntryType.DECISION,
                "Die Messehalle wird zweite Notunterkunft", "Turnhalle voll", null, null, null));
        report = journal.append(lead, staffId, new NewJournalEntry("Lagemeldung: 96 Personen in der Messehalle",
                JournalCategory.REPORT, null, null));
    }

    @Test
    void aMemberSeesTheLatestDecisionsAndJournalEntriesOfHerStaffs() throws Exception {
        Document dashboard = dashboard(lead);

        Element decisions = card(dashboard, "card-decisions-title");
        assertThat(decisions.selectFirst("h2").text()).isEqualTo("Neueste Beschlüsse");
        Element decision = decisions.selectFirst("li");
        assertThat(decision.text()).contains("Die Messehalle wird zweite Notunterkunft", "Stab Überblick");
        Element number = decision.selectFirst("a");
        assertThat(number.text()).matches("B-\\d{4}-001");
        assertThat(number.attr("href")).isEqualTo("/sessions/" + sessionId);

        Element entries = card(dashboard, "card-journal-title");
        assertThat(entries.selectFirst("h2").text()).isEqualTo("Neu im Einsatztagebuch");
        // The decision reaches the journal by itself, after commit; the report is there at once.
        Element reportItem = entries.select("li").stream()
                .filter(li -> li.text().contains("Lagemeldung: 96 Personen in der Messehalle")).findFirst()
                .orElseThrow();
        assertThat(reportItem.selectFirst(".badge").text()).isEqualTo("Meldung");
        assertThat(reportItem.selectFirst("a").attr("href"))
                .isEqualTo("/staffs/" + staffId + "/journal#entry-" + report.seq());
        assertThat(reportItem.selectFirst("a").text()).isEqualTo("Stab Überblick, Eintrag " + report.seq());
        assertThat(reportItem.text()).contains("Bea Blick");
    }

    @Test
    void othersSeeNeitherTheDecisionsNorTheEntries() throws Exception {
        CurrentUser outsider = tenant.user("Otto Ohnestab", Role.STAFF_MEMBER);
        Document noStaff = dashboard(outsider);
        assertThat(noStaff.getElementById("card-decisions-title")).isNull();
        assertThat(noStaff.getElementById("card-journal-title")).isNull();
        assertThat(noStaff.text()).doesNotContain("Messehalle");

        // A member of another staff gets the cards, empty: nothing of the first staff shows.
        CurrentUser other = tenant.user("Olga Anderstab", Role.STAFF_LEAD);
        staffs.create(other, new NewStaff("Stab Anderswo", null, null, null));
        Document otherStaff = dashboard(other);
        assertThat(card(otherStaff, "card-decisions-title").text()).contains("noch nichts beschlossen")
                .doesNotContain("Messehalle");
        assertThat(card(otherStaff, "card-journal-title").text()).contains("noch leer")
                .doesNotContain("Messehalle");
    }

    private Document dashboard(CurrentUser user) throws Exception {
        Cookie login = WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD);
        MvcTestResult result = mvc.get().uri("/").cookie(login).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Element card(Document page, String titleId) {
        Element title = page.getElementById(titleId);
        assertThat(title).as(titleId).isNotNull();
        return title.parent();
    }
}
