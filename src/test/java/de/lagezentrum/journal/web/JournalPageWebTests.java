package de.lagezentrum.journal.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.journal.JournalEntry;
import de.lagezentrum.journal.JournalManagement;
import de.lagezentrum.journal.NewJournalEntry;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.StaffManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The journal page as plain forms without JavaScript, and the htmx fragment of the chain check. */
@IntegrationTest
class JournalPageWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    StaffManagement staffs;

    @Autowired
    JournalManagement journal;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    TestTenant tenant;
    CurrentUser lead;
    Cookie session;
    UUID staffId;
    String page;

    @BeforeEach
    void staff() throws Exception {
        tenant = organisation.newTenant("Seitenstadt " + UUID.randomUUID());
        lead = tenant.user("Beate Leitung", Role.STAFF_LEAD, Role.EMPLOYEE);
        staffId = staffs.create(lead, new NewStaff("Hochwasserstab", null, null, null)).id();
        session = WebTestSupport.login(mvc, lead.username(), TestOrganisation.PASSWORD);
        page = "/staffs/" + staffId + "/journal";
    }

    @Test
    void theStaffPageLeadsToTheJournalWithItsFormAndExports() throws Exception {
        Document staffPage = get("/staffs/" + staffId);
        assertThat(staffPage.select("a[href=" + page + "]")).hasSize(1);

        Document journalPage = get(page);
        assertThat(journalPage.selectFirst("h1").text()).isEqualTo("Einsatztagebuch – Hochwasserstab");
        assertThat(journalPage.select("a[href=" + page + ".pdf], a[href=" + page + ".json]")).hasSize(2);
        assertThat(journalPage.selectFirst("label[for=category]")).isNotNull();
        assertThat(journalPage.selectFirst("label[for=text]")).isNotNull();
        assertThat(journalPage.selectFirst("label[for=occurredDate]")).isNotNull();
        assertThat(journalPage.getElementById("occurredDate").attr("type")).isEqualTo("date");
        assertThat(journalPage.getElementById("occurredTime").attr("type")).isEqualTo("time");
        assertThat(journalPage.select("#category option")).hasSize(5);
        assertThat(journalPage.getElementById("verification").attr("aria-live")).isEqualTo("polite");
        assertThat(journalPage.text()).contains("Noch keine Einträge.");
    }

    @Test
    void anInvalidEntryShowsAccessibleErrorsAndWritesNothing() throws Exception {
        MvcTestResult result = mvc.post().uri(page).cookie(session).with(csrf()).param("text", "  ")
                .param("category", "EVENT").param("occurredDate", "2026-01-15").param("occurredTime", "").exchange();

        assertThat(result).hasStatusOk();
        Document form = Jsoup.parse(result.getResponse().getContentAsString());
        Element summary = form.selectFirst(".error-summary[role=alert]");
        assertThat(summary).isNotNull();
        assertThat(summary.select("a[href=#text], a[href=#occurredTime]")).hasSize(2);
        assertThat(summary.text()).contains("Text: Bitte füllen Sie dieses Feld aus.");
        Element text = form.getElementById("text");
        assertThat(text.attr("aria-invalid")).isEqualTo("true");
        assertThat(text.attr("aria-describedby")).contains("text-error");
        assertThat(form.getElementById("occurredTime").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.getElementById("category").selectFirst("option[selected]").val()).isEqualTo("EVENT");
        assertThat(entries()).isZero();

        Document future = Jsoup.parse(mvc.post().uri(page).cookie(session).with(csrf()).param("text", "Morgen")
                .param("category", "NOTE").param("occurredDate", "2099-01-01").param("occurredTime", "10:00")
                .exchange().getResponse().getContentAsString());
        assertThat(future.getElementById("occurredDate-error").text()).contains("in der Zukunft");
        assertThat(entries()).isZero();
    }

    @Test
    void anEntryIsWrittenWithItsTimeInGermanLocalTime() throws Exception {
        assertThat(mvc.post().uri(page).cookie(session).with(csrf()).param("text", "Sirenenprobe\r\nverschoben")
                .param("category", "DECISION").param("occurredDate", "2026-01-15").param("occurredTime", "10:30"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo(page);

        JournalEntry entry = journal.entries(lead, staffId, new de.lagezentrum.platform.web.PageRequest(0, 10))
                .items().get(0);
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-01-15T09:30:00Z"));
        assertThat(entry.text()).isEqualTo("Sirenenprobe\nverschoben");
        Document after = get(page);
        assertThat(after.select("#entry-1 th").text()).isEqualTo("1");
        assertThat(after.select("#entry-1").text()).contains("15.01.2026 10:30", "Entscheidung", "Sirenenprobe");
    }

    @Test
    void theTextLimitCountsLineBreaksAsTheyAreStored() throws Exception {
        String lines = ("x".repeat(15) + "\r\n").repeat(600);
        assertThat(mvc.post().uri(page).cookie(session).with(csrf()).param("text", lines).param("category", "NOTE"))
                .hasStatus3xxRedirection();

        Document tooLong = Jsoup.parse(mvc.post().uri(page).cookie(session).with(csrf())
                .param("text", "x".repeat(10_001)).param("category", "NOTE").exchange().getResponse()
                .getContentAsString());
        assertThat(tooLong.getElementById("text-error").text()).contains("höchstens 10.000 Zeichen");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void markupInAnEntryIsShownAsText() throws Exception {
        journal.append(lead, staffId, NewJournalEntry.note("<script>alert('x')</script> & <b>fett</b>"));

        Document list = get(page);
        assertThat(list.select("#entry-1 script, #entry-1 b")).isEmpty();
        assertThat(list.selectFirst("#entry-1 .entry__text").text())
                .isEqualTo("<script>alert('x')</script> & <b>fett</b>");
    }

    @Test
    void correctingLeadsToThePrefilledFormAndMarksTheOriginal() throws Exception {
        JournalEntry original = journal.append(lead, staffId, NewJournalEntry.note("Pegel 7,80 m"));
        Document list = get(page);
        Element correct = list.selectFirst("#entry-1 a[href*=corrects]");
        assertThat(correct.text()).isEqualTo("Eintrag 1 berichtigen");

        Document form = get(correct.attr("href").replace("#append", ""));
        assertThat(form.getElementById("append").text()).isEqualTo("Berichtigung zu Eintrag Nr. 1");
        assertThat(form.selectFirst("input[name=corrects]").val()).isEqualTo(original.id().toString());
        assertThat(form.getElementById("text").text()).isEqualTo("Pegel 7,80 m");

        assertThat(mvc.post().uri(page).cookie(session).with(csrf()).param("text", "Pegel 8,10 m")
                .param("category", "REPORT").param("corrects", original.id().toString()))
                .hasStatus3xxRedirection();
        Document after = get(page);
        assertThat(after.select("#entry-1 .badge").text()).isEqualTo("berichtigt");
        assertThat(after.select("#entry-1 a[href$=#entry-2]").text()).isEqualTo("durch Eintrag Nr. 2");
        assertThat(after.select("#entry-2 a[href$=#entry-1]").text()).isEqualTo("Berichtigt Eintrag Nr. 1");
        assertThat(after.select("#entry-1 .entry__text").text()).isEqualTo("Pegel 7,80 m");
    }

    @Test
    void theChainCheckWorksAsAPageAndAsAnHtmxFragment() throws Exception {
        journal.append(lead, staffId, NewJournalEntry.note("Erste Meldung"));

        Document full = get(page + "/verify");
        assertThat(full.selectFirst("h1")).isNotNull();
        assertThat(full.select("#verification[aria-live=polite] #verification-result").text())
                .isEqualTo("Die Hash-Kette ist unversehrt: 1 Eintrag geprüft.");

        MvcTestResult fragment = mvc.get().uri(page + "/verify").cookie(session).header("HX-Request", "true")
                .exchange();
        assertThat(fragment).hasStatusOk();
        assertThat(fragment.getResponse().getHeader(HttpHeaders.VARY)).contains("HX-Request");
        String html = fragment.getResponse().getContentAsString();
        assertThat(html).doesNotContain("<html", "<h1");
        assertThat(Jsoup.parseBodyFragment(html).getElementById("verification-result").text())
                .isEqualTo("Die Hash-Kette ist unversehrt: 1 Eintrag geprüft.");
    }

    @Test
    void outsidersGetNotFoundAndTheExportsNeedMembership() throws Exception {
        journal.append(lead, staffId, NewJournalEntry.note("Vertraulich"));
        assertThat(mvc.get().uri(page + ".json").cookie(session)).hasStatusOk().bodyText().contains("Vertraulich");
        assertThat(mvc.get().uri(page + ".pdf").cookie(session)).hasStatusOk().hasContentType("application/pdf");

        CurrentUser outsider = tenant.user("Otto Außen", Role.STAFF_MEMBER);
        Cookie other = WebTestSupport.login(mvc, outsider.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri(page).cookie(other)).hasStatus(404);
        assertThat(mvc.get().uri(page + "/verify").cookie(other)).hasStatus(404);
        assertThat(mvc.get().uri(page + ".pdf").cookie(other)).hasStatus(404);
        assertThat(mvc.post().uri(page).cookie(other).with(csrf()).param("text", "Eingeschleust")
                .param("category", "NOTE")).hasStatus(404);
        assertThat(entries()).isEqualTo(1);
    }

    private long entries() {
        return jdbc.sql("SELECT count(*) FROM journal.entry WHERE staff_id = ?").param(staffId).query(Long.class)
                .single();
    }

    private Document get(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).cookie(session).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
