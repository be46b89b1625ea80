package de.lagezentrum.staff.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.staff.EntryCorrection;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.NewEntry;
import de.lagezentrum.staff.ProtocolManagement;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The lead orders the agenda, the Wiedervorlage brings back open tasks, entries are corrected without lost
 * updates (API, and the correction form's refusals).
 */
@IntegrationTest
class AgendaApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    MinutesManagement minutes;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    TestTenant tenant;
    CurrentUser lead;
    CurrentUser member;
    String leadToken;
    String memberToken;
    String staffId;
    String sessionId;

    @BeforeEach
    void staff() {
        tenant = organisation.newTenant("Tagesordnungsstadt " + UUID.randomUUID());
        lead = tenant.user("Lotte Leitung", Role.STAFF_LEAD);
        member = tenant.user("Malte Mitglied", Role.STAFF_MEMBER);
        leadToken = bearer(mvc, lead.username(), TestOrganisation.PASSWORD);
        memberToken = bearer(mvc, member.username(), TestOrganisation.PASSWORD);
        staffId = newStaff("Stab Unterbringung");
        sessionId = session(staffId, "2026-03-04");
    }

    @Test
    void theLeadOrdersTheAgenda() {
        String a = item(sessionId, "Lagebericht");
        String b = item(sessionId, "Unterkünfte");
        String c = item(sessionId, "Ehrenamt");

        JsonNode ordered = read(order(leadToken, sessionId, c, a, b));

        assertThat(ordered.valueStream().map(item -> item.get("id").asString())).containsExactly(c, a, b);
        assertThat(ordered.valueStream().map(item -> item.get("position").asInt())).containsExactly(1, 2, 3);
        assertThat(read(get(memberToken, "/api/v1/sessions/" + sessionId + "/agenda")).get("items").valueStream()
                .map(item -> item.get("title").asString())).containsExactly("Ehrenamt", "Lagebericht", "Unterkünfte");
    }

    @Test
    void anOrderThatIsNotExactlyTheAgendaIsRefusedAndChangesNothing() {
        String a = item(sessionId, "Lagebericht");
        String b = item(sessionId, "Unterkünfte");
        String foreign = item(session(staffId, "2026-03-11"), "Anderswo");

        for (MvcTestResult refused : List.of(order(leadToken, sessionId, b), order(leadToken, sessionId, b, a, a),
                order(leadToken, sessionId, b, foreign), order(leadToken, sessionId, b, a, foreign),
                put(leadToken, "/api/v1/sessions/" + sessionId + "/agenda/order", "{}"))) {
            assertThat(refused).hasStatus(400);
            assertThat(read(refused).get("errors").get(0).get("field").asString()).isEqualTo("itemIds");
        }
        assertThat(order(memberToken, sessionId, b, a)).hasStatus(403);
        CurrentUser outsider = organisation.newTenant("Fremd " + UUID.randomUUID()).user("Olaf", Role.STAFF_LEAD);
        assertThat(order(bearer(mvc, outsider.username(), TestOrganisation.PASSWORD), sessionId, b, a)).hasStatus(404);
        assertThat(positions(sessionId)).containsExactly(a, b);

        post(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/finalize", "");
        assertThat(order(leadToken, sessionId, b, a)).hasStatus(409);
        assertThat(positions(sessionId)).containsExactly(a, b);
    }

    @Test
    void openTasksOfEarlierSessionsComeBackAsWiedervorlage() {
        String earlier = session(staffId, "2026-02-25");
        String item = item(earlier, "Unterbringung");
        String done = task(earlier, item, "Feldbetten beschaffen", "2026-03-01");
        String open = task(earlier, item, "Turnhalle Nord prüfen", "2026-03-02");
        String running = task(earlier, item, "Dolmetscher anfragen", null);
        setStatus(done, "DONE");
        setStatus(running, "IN_PROGRESS");
        // Another staff of the same lead: its open tasks belong to its own Wiedervorlage only.
        String otherStaff = newStaff("Stab Integration");
        String otherSession = session(otherStaff, "2026-02-20");
        task(otherSession, item(otherSession, "Sprachkurse"), "Kursräume suchen", "2026-03-01");
        // A task given in this very session is no follow-up.
        task(sessionId, item(sessionId, "Lagebericht"), "Heute vergeben", "2026-03-01");

        JsonNode agenda = read(get(memberToken, "/api/v1/sessions/" + sessionId + "/agenda")).get("items");

        JsonNode followUp = agenda.get(0);
        assertThat(followUp.get("kind").asString()).isEqualTo("FOLLOW_UP");
        assertThat(followUp.get("title").asString()).isEqualTo("Wiedervorlage");
        assertThat(followUp.get("followUp").valueStream().map(t -> t.get("id").asString()))
                .containsExactly(open, running);
        JsonNode first = followUp.get("followUp").get(0);
        assertThat(first.get("text").asString()).isEqualTo("Turnhalle Nord prüfen");
        assertThat(first.get("status").asString()).isEqualTo("OPEN");
        assertThat(first.get("due").asString()).isEqualTo("2026-03-02");
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(first.get("owner").asString()).isEqualTo("Malte Mitglied");
        assertThat(first.get("sessionId").asString()).isEqualTo(earlier);
        assertThat(followUp.get("followUp").get(1).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(agenda.get(1).get("kind").asString()).isEqualTo("REGULAR");

        // Created once, however often the agenda is read; the earlier session has none (nothing before it).
        get(memberToken, "/api/v1/sessions/" + sessionId + "/agenda");
        assertThat(jdbc.sql("SELECT count(*) FROM staff.agenda_item WHERE session_id = ?::uuid AND kind = 'FOLLOW_UP'")
                .param(sessionId).query(Long.class).single()).isOne();
        assertThat(read(get(memberToken, "/api/v1/sessions/" + earlier + "/agenda")).get("items").valueStream()
                .map(i -> i.get("kind").asString())).containsOnly("REGULAR");

        // Minutes can be recorded under it, and it stays first when the lead orders.
        String followUpId = followUp.get("id").asString();
        assertThat(post(memberToken, "/api/v1/sessions/" + sessionId + "/agenda/" + followUpId + "/entries", """
                {"type":"NOTE","text":"Turnhalle Nord: Prüfung läuft"}""")).hasStatus(201);
        String lagebericht = agenda.get(1).get("id").asString();
        assertThat(order(leadToken, sessionId, lagebericht, followUpId)).hasStatus(400);
        assertThat(order(leadToken, sessionId, followUpId, lagebericht)).hasStatusOk();
    }

    @Test
    void theWiedervorlageIsTheLeadsItemWhoeverOpensTheAgendaFirst() {
        String earlier = session(staffId, "2026-02-25");
        task(earlier, item(earlier, "Unterbringung"), "Turnhalle Nord prüfen", "2026-03-02");

        JsonNode followUp = read(get(memberToken, "/api/v1/sessions/" + sessionId + "/agenda")).get("items").get(0);

        assertThat(followUp.get("kind").asString()).isEqualTo("FOLLOW_UP");
        assertThat(followUp.get("proposedBy").asString()).isEqualTo(lead.personId().toString());
    }

    @Test
    void finalisingFreezesTheWiedervorlage() {
        String earlier = session(staffId, "2026-02-25");
        String item = item(earlier, "Unterbringung");
        String open = task(earlier, item, "Turnhalle Nord prüfen", "2026-03-02");
        String running = task(earlier, item, "Dolmetscher anfragen", null);
        setStatus(running, "IN_PROGRESS");
        item(sessionId, "Lagebericht");

        post(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/finalize", "");
        setStatus(open, "DONE");

        JsonNode protocol = read(get(memberToken, "/api/v1/sessions/" + sessionId + "/protocol"));
        JsonNode followUp = protocol.get("items").get(0);
        assertThat(followUp.get("kind").asString()).isEqualTo("FOLLOW_UP");
        assertThat(followUp.get("followUp").valueStream().map(t -> t.get("id").asString() + ":"
                + t.get("status").asString())).containsExactly(open + ":OPEN", running + ":IN_PROGRESS");
        // The session page's agenda shows the protocol as finalised, not today's status.
        assertThat(read(get(memberToken, "/api/v1/sessions/" + sessionId + "/agenda")).get("items").get(0).get("followUp")
                .valueStream().map(t -> t.get("id").asString())).containsExactly(open, running);
    }

    @Test
    void theRecorderOrTheLeadCorrectsAnEntryAndADecisionKeepsItsNumber() {
        String item = item(sessionId, "Unterbringung");
        JsonNode decision = read(post(memberToken, entries(item), """
                {"type":"DECISION","text":"Turnhalle Nord wird Notunterkunft","rationale":"Duschen"}"""));
        String entry = "/api/v1/sessions/" + sessionId + "/entries/" + decision.get("id").asString();
        assertThat(decision.get("version").asLong()).isZero();

        JsonNode corrected = read(patch(memberToken, entry, """
                {"text":"Turnhalle Süd wird Notunterkunft","version":0}"""));

        assertThat(corrected.get("text").asString()).isEqualTo("Turnhalle Süd wird Notunterkunft");
        assertThat(corrected.get("rationale").asString()).isEqualTo("Duschen");
        assertThat(corrected.get("decisionNumber").asString()).isEqualTo(decision.get("decisionNumber").asString());
        assertThat(corrected.get("version").asLong()).isOne();
        JsonNode byLead = read(patch(leadToken, entry, """
                {"text":"Turnhalle Süd wird Notunterkunft","rationale":"","version":1}"""));
        assertThat(byLead.get("rationale").isNull()).isTrue();

        MvcTestResult stale = patch(memberToken, entry, """
                {"text":"Veraltet","version":0}""");
        assertThat(stale).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(get(memberToken, "/api/v1/sessions/" + sessionId + "/entries")).get("items").get(0).get("text").asString())
                .isEqualTo("Turnhalle Süd wird Notunterkunft");

        CurrentUser other = tenant.user("Otto Anders", Role.STAFF_MEMBER);
        post(leadToken, "/api/v1/staffs/" + staffId + "/members", """
                {"personId":"%s"}""".formatted(other.personId()));
        assertThat(patch(bearer(mvc, other.username(), TestOrganisation.PASSWORD), entry, """
                {"text":"Fremd","version":2}""")).hasStatus(403);
        CurrentUser foreign = organisation.newTenant("Fremd " + UUID.randomUUID()).user("Fritz", Role.STAFF_LEAD);
        assertThat(patch(bearer(mvc, foreign.username(), TestOrganisation.PASSWORD), entry, """
                {"text":"Fremd","version":2}""")).hasStatus(404);
        assertThat(patch(memberToken, entry, """
                {"text":"","version":2}""")).hasStatus(400);

        post(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/finalize", "");
        assertThat(patch(memberToken, entry, """
                {"text":"Nach dem Abschluss","version":2}""")).hasStatus(409);
        assertThat(jdbc.sql("SELECT text FROM staff.minute_entry WHERE id = ?::uuid").param(decision.get("id").asString())
                .query(String.class).single()).isEqualTo("Turnhalle Süd wird Notunterkunft");
    }

    @Test
    void theCorrectionFormIsForTheRecorderAndTheLeadAndSaysWhenTheProtocolIsFinal() throws Exception {
        String item = item(sessionId, "Unterbringung");
        String entry = read(post(memberToken, entries(item), """
                {"type":"NOTE","text":"Lage stabil"}""")).get("id").asString();
        String form = "/sessions/" + sessionId + "/entries/" + entry;
        CurrentUser other = tenant.user("Olga Anders", Role.STAFF_MEMBER);
        post(leadToken, "/api/v1/staffs/" + staffId + "/members", """
                {"personId":"%s"}""".formatted(other.personId()));
        var otherCookie = WebTestSupport.login(mvc, other.username(), TestOrganisation.PASSWORD);
        var memberCookie = WebTestSupport.login(mvc, member.username(), TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri(form + "/edit").cookie(otherCookie)).hasStatus(403);
        assertThat(mvc.post().uri(form).cookie(otherCookie).with(csrf()).param("text", "Fremd").param("version", "0"))
                .hasStatus(403);
        assertThat(mvc.get().uri(form + "/edit").cookie(memberCookie)).hasStatusOk().bodyText()
                .contains("Lage stabil");

        post(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/finalize", "");
        MvcTestResult late = mvc.post().uri(form).cookie(memberCookie).with(csrf()).param("text", "Zu spät")
                .param("version", "0").exchange();
        assertThat(late).hasStatusOk().bodyText().contains("Das Protokoll dieser Sitzung ist abgeschlossen");
        assertThat(mvc.get().uri(form + "/edit").cookie(memberCookie)).hasStatus(409);
        MvcTestResult blankByOther = mvc.post().uri(form).cookie(otherCookie).with(csrf()).param("text", " ")
                .param("version", "0").exchange();
        assertThat(blankByOther).hasStatus(403);
        assertThat(jdbc.sql("SELECT text FROM staff.minute_entry WHERE id = ?::uuid").param(entry)
                .query(String.class).single()).isEqualTo("Lage stabil");
    }

    @Test
    void aCorrectedTaskEntryCorrectsItsTask() {
        String item = item(sessionId, "Unterbringung");
        JsonNode entry = read(post(memberToken, entries(item), """
                {"type":"TASK","text":"Feldbeten beschaffen","assigneeId":"%s"}""".formatted(member.personId())));

        patch(memberToken, "/api/v1/sessions/" + sessionId + "/entries/" + entry.get("id").asString(), """
                {"text":"Feldbetten beschaffen","version":0}""");

        assertThat(jdbc.sql("SELECT text FROM staff.task WHERE id = ?::uuid").param(entry.get("taskId").asString())
                .query(String.class).single()).isEqualTo("Feldbetten beschaffen");
    }

    @Test
    void ofTwoConcurrentCorrectionsOnTheSameVersionExactlyOneWins() throws Exception {
        UUID item = UUID.fromString(item(sessionId, "Unterbringung"));
        UUID entry = UUID.fromString(read(post(memberToken, entries(item.toString()), """
                {"type":"NOTE","text":"Lage stabil"}""")).get("id").asString());
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                long version = round;
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<String>> results = new ArrayList<>();
                for (CurrentUser editor : List.of(member, lead)) {
                    String text = "Runde " + round + " von " + editor.username();
                    Callable<String> call = () -> {
                        start.await();
                        try {
                            minutes.correct(editor, UUID.fromString(sessionId), entry,
                                    new EntryCorrection(text, null, version));
                            return text;
                        }
                        catch (ConflictException e) {
                            return null;
                        }
                    };
                    results.add(pool.submit(call));
                }
                List<String> winners = new ArrayList<>();
                for (Future<String> result : results) {
                    if (result.get() != null) {
                        winners.add(result.get());
                    }
                }

                assertThat(winners).hasSize(1);
                assertThat(jdbc.sql("SELECT text FROM staff.minute_entry WHERE id = ?").param(entry)
                        .query(String.class).single()).isEqualTo(winners.get(0));
                assertThat(jdbc.sql("SELECT version FROM staff.minute_entry WHERE id = ?").param(entry)
                        .query(Long.class).single()).isEqualTo(round + 1);
            }
        }
        finally {
            pool.shutdown();
        }
    }

    @Test
    void whatIsRecordedWhileTheProtocolIsFinalisedIsInItOrRefused() throws Exception {
        UUID session = UUID.fromString(sessionId);
        UUID item = UUID.fromString(item(sessionId, "Unterbringung"));
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int n = 0; ; n++) {
                        try {
                            minutes.record(member, session, item, new NewEntry(EntryType.NOTE,
                                    "Notiz " + writer + "-" + n, null, null, null, null));
                        }
                        catch (ConflictException e) {
                            return n;
                        }
                    }
                }));
            }
            await().until(() -> savedEntries(session) >= 40);

            protocols.finalise(lead, session);

            int recorded = writers.stream().mapToInt(this::get).sum();
            assertThat(savedEntries(session)).isEqualTo(recorded);
            assertThat(protocols.protocol(member, session).entries()).hasSize(recorded);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofTwoConcurrentFinalisationsOneWinsAndTheOtherIsRefused() throws Exception {
        UUID session = UUID.fromString(sessionId);
        item(sessionId, "Unterbringung");
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                UUID each = round == 0 ? session : UUID.fromString(session(staffId, "2026-04-0" + (round + 1)));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Boolean>> finalisers = new ArrayList<>();
                for (CurrentUser finaliser : List.of(member, lead)) {
                    finalisers.add(pool.submit(() -> {
                        start.await();
                        try {
                            protocols.finalise(finaliser, each);
                            return true;
                        }
                        catch (ConflictException e) {
                            return false;
                        }
                    }));
                }
                assertThat(finalisers.stream().map(this::get)).containsExactlyInAnyOrder(true, false);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    private long savedEntries(UUID session) {
        return jdbc.sql("SELECT count(*) FROM staff.minute_entry WHERE session_id = ?").param(session)
                .query(Long.class).single();
    }

    @Autowired
    ProtocolManagement protocols;

    private <T> T get(Future<T> future) {
        try {
            return future.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> positions(String session) {
        return jdbc.sql("SELECT id::text FROM staff.agenda_item WHERE session_id = ?::uuid ORDER BY position")
                .param(session).query(String.class).list();
    }

    private String newStaff(String name) {
        String id = read(post(leadToken, "/api/v1/staffs", """
                {"name":"%s"}""".formatted(name))).get("id").asString();
        post(leadToken, "/api/v1/staffs/" + id + "/members", """
                {"personId":"%s"}""".formatted(member.personId()));
        return id;
    }

    private String session(String staff, String day) {
        return read(post(leadToken, "/api/v1/staffs/" + staff + "/sessions", """
                {"start":"%sT09:00:00Z","end":"%sT10:30:00Z","kind":"REGULAR"}""".formatted(day, day)))
                .get("id").asString();
    }

    private String item(String session, String title) {
        return read(post(leadToken, "/api/v1/sessions/" + session + "/agenda", """
                {"title":"%s"}""".formatted(title))).get("id").asString();
    }

    private String task(String session, String item, String text, String due) {
        return read(post(memberToken, "/api/v1/sessions/" + session + "/agenda/" + item + "/entries", """
                {"type":"TASK","text":"%s","assigneeId":"%s","due":%s}"""
                .formatted(text, member.personId(), due == null ? "null" : "\"" + due + "\"")))
                .get("taskId").asString();
    }

    private void setStatus(String task, String status) {
        assertThat(patch(memberToken, "/api/v1/tasks/" + task, """
                {"status":"%s"}""".formatted(status))).hasStatusOk();
    }

    private String entries(String item) {
        return "/api/v1/sessions/" + sessionId + "/agenda/" + item + "/entries";
    }

    private MvcTestResult order(String token, String session, String... ids) {
        return put(token, "/api/v1/sessions/" + session + "/agenda/order",
                "{\"itemIds\":[" + String.join(",", java.util.Arrays.stream(ids).map(id -> "\"" + id + "\"").toList())
                        + "]}");
    }

    private MvcTestResult post(String token, String uri, String body) {
        var request = mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, token);
        return body.isEmpty() ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult put(String token, String uri, String body) {
        return mvc.put().uri(uri).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private MvcTestResult patch(String token, String uri, String body) {
        return mvc.patch().uri(uri).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private MvcTestResult get(String token, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }
}
