package de.lagezentrum.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.IntegrationTest;
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

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/** German full-text search: stemming, highlighting, and only what the caller may see. */
@IntegrationTest
class SearchWebTests {

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

    @BeforeEach
    void data() {
        tenant = organisation.newTenant("Suchstadt " + UUID.randomUUID());
        lead = tenant.user("Sven Suche", Role.STAFF_LEAD);
        staffId = staffs.create(lead, new NewStaff("Stab Suche", null, null, null)).id();
        UUID sessionId = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:00:00Z"), SessionKind.REGULAR, null, null)).id();
        UUID item = minutes.propose(lead, sessionId, new NewAgendaItem("Belegung der Hallen", "Unterbringung", null)).id();
        minutes.record(lead, sessionId, item, new NewEntry(EntryType.DECISION, "Die Turnhalle <b>Nord</b> wird Unterkunft",
                "Einzige Halle mit Duschen", null, null, null));
        minutes.record(lead, sessionId, item, new NewEntry(EntryType.TASK, "Feldbetten für die Unterkunft beschaffen",
                null, lead.personId(), null, LocalDate.of(2026, 3, 6)));
        journal.append(lead, staffId, new NewJournalEntry("Unterkunft Süd meldet 40 freie Plätze", null, null, null));
    }

    @Test
    void germanStemmingFindsDecisionsTasksAndJournalEntries() {
        JsonNode items = search(bearer(mvc, lead.username(), TestOrganisation.PASSWORD), "Unterkünfte");

        assertThat(items.valueStream().map(item -> item.get("type").asString()))
                .contains("decision", "task", "journal-entry");
        JsonNode decision = items.valueStream().filter(item -> item.get("type").asString().equals("decision"))
                .findFirst().orElseThrow();
        String snippet = decision.get("snippet").asString();
        assertThat(snippet).contains("<mark>Unterkunft</mark>");
        // Whatever people typed stays text: the only markup in a snippet is <mark>.
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        assertThat(decision.get("title").asString()).startsWith("B-");
        assertThat(decision.get("url").asString()).startsWith("/sessions/");
        assertThat(decision.get("id").asString()).isNotBlank();
    }

    @Test
    void nonMembersAndOtherMunicipalitiesFindNothing() {
        CurrentUser colleague = tenant.user("Nina Nichtmitglied", Role.STAFF_MEMBER);
        TestTenant other = organisation.newTenant("Anderswo " + UUID.randomUUID());

        assertThat(search(bearer(mvc, colleague.username(), TestOrganisation.PASSWORD), "Unterkunft")).isEmpty();
        assertThat(search(bearer(mvc, other.admin().username(), TestOrganisation.PASSWORD), "Unterkunft")).isEmpty();
    }

    @Test
    void theSearchPageShowsHighlightedResults() throws Exception {
        var session = de.lagezentrum.WebTestSupport.login(mvc, lead.username(), TestOrganisation.PASSWORD);

        String html = mvc.get().uri("/search?q=Turnhallen").cookie(session).exchange().getResponse().getContentAsString();

        assertThat(html).contains("<mark>Turnhalle</mark>").contains("role=\"status\"");
        assertThat(mvc.get().uri("/api/v1/search?q=" + "x".repeat(201))
                .header(HttpHeaders.AUTHORIZATION, bearer(mvc, lead.username(), TestOrganisation.PASSWORD)))
                .hasStatus(400);
    }

    @Test
    void membersFindSessionsByKindTitleStaffAndDateOthersDoNot() {
        UUID extraordinary = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-07T17:00:00Z"),
                Instant.parse("2026-03-07T18:00:00Z"), SessionKind.EXTRAORDINARY, "Ausfall der Notunterkunft West",
                null)).id();
        String token = bearer(mvc, lead.username(), TestOrganisation.PASSWORD);

        JsonNode byKind = search(token, "Sondersitzung");
        assertThat(byKind.valueStream().map(item -> item.get("url").asString())).containsExactly("/sessions/" + extraordinary);
        JsonNode hit = byKind.get(0);
        assertThat(hit.get("type").asString()).isEqualTo("extraordinary-session");
        assertThat(hit.get("title").asString()).isEqualTo("Ausfall der Notunterkunft West – 07.03.2026 18:00");
        assertThat(hit.get("snippet").asString()).contains("<mark>Sondersitzung</mark>");
        assertThat(search(token, "Notunterkunft").valueStream().map(item -> item.get("url").asString()))
                .contains("/sessions/" + extraordinary);
        // The regular session of 4 March is found by its local date and by its staff's name.
        assertThat(search(token, "04.03.2026").valueStream().map(item -> item.get("type").asString()))
                .containsExactly("session");
        assertThat(search(token, "Suche").valueStream().filter(item -> item.get("type").asString()
                .endsWith("session"))).hasSize(2);

        CurrentUser colleague = tenant.user("Nina Nichtmitglied", Role.STAFF_MEMBER);
        TestTenant other = organisation.newTenant("Anderswo " + UUID.randomUUID());
        assertThat(search(bearer(mvc, colleague.username(), TestOrganisation.PASSWORD), "Sondersitzung")).isEmpty();
        assertThat(search(bearer(mvc, other.admin().username(), TestOrganisation.PASSWORD), "Sondersitzung")).isEmpty();
    }

    @Test
    void theSearchPageLinksAFoundSession() throws Exception {
        UUID extraordinary = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-07T17:00:00Z"),
                Instant.parse("2026-03-07T18:00:00Z"), SessionKind.EXTRAORDINARY, null, null)).id();
        var session = de.lagezentrum.WebTestSupport.login(mvc, lead.username(), TestOrganisation.PASSWORD);

        String html = mvc.get().uri("/search?q=Sondersitzung").cookie(session).exchange().getResponse()
                .getContentAsString();

        assertThat(html).contains("href=\"/sessions/" + extraordinary + "\"").contains("Stab Suche – 07.03.2026 18:00")
                .contains("<mark>Sondersitzung</mark>");
    }

    private JsonNode search(String token, String query) {
        return read(mvc.get().uri("/api/v1/search?q=" + query).header(HttpHeaders.AUTHORIZATION, token).exchange())
                .get("items");
    }
}
