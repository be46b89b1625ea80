package de.lagezentrum.staff.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.NewEntry;
import de.lagezentrum.staff.ProtocolManagement;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/** Agenda, minutes with numbered decisions and tasks followed up across sessions. */
@IntegrationTest
class MinutesApiWebTests {

    /** Decisions are numbered per year of recording, in the municipality's time zone. */
    static final int YEAR = java.time.Year.now(java.time.ZoneId.of("Europe/Berlin")).getValue();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    MinutesManagement minutes;

    @Autowired
    ProtocolManagement protocols;

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
    void session() {
        tenant = organisation.newTenant("Protokollstadt " + UUID.randomUUID());
        lead = tenant.user("Lara Leitung", Role.STAFF_LEAD);
        member = tenant.user("Paul Protokoll", Role.STAFF_MEMBER);
        leadToken = bearer(mvc, lead.username(), TestOrganisation.PASSWORD);
        memberToken = bearer(mvc, member.username(), TestOrganisation.PASSWORD);
        staffId = read(post(leadToken, "/api/v1/staffs", """
                {"name":"Stab Unterbringung"}""")).get("id").asString();
        post(leadToken, "/api/v1/staffs/" + staffId + "/members", """
                {"personId":"%s","function":"Protokollführung"}""".formatted(member.personId()));
        sessionId = read(post(leadToken, "/api/v1/staffs/" + staffId + "/sessions", """
                {"start":"2026-03-04T09:00:00Z","end":"2026-03-04T10:30:00Z","kind":"REGULAR"}""")).get("id").asString();
    }

    @Test
    void membersProposeAndTheLeadAccepts() {
        JsonNode proposed = read(post(memberToken, "/api/v1/sessions/" + sessionId + "/agenda", """
                {"title":"Belegung der Notunterkünfte","topic":"Unterbringung"}"""));
        JsonNode leads = read(post(leadToken, "/api/v1/sessions/" + sessionId + "/agenda", """
                {"title":"Lagebericht"}"""));

        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(leads.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(post(memberToken, "/api/v1/sessions/" + sessionId + "/agenda/" + proposed.get("id").asString()
                + "/accept", "")).hasStatus(403);
        assertThat(read(post(leadToken, "/api/v1/sessions/" + sessionId + "/agenda/" + proposed.get("id").asString()
                + "/accept", "")).get("status").asString()).isEqualTo("ACCEPTED");
        JsonNode agenda = read(mvc.get().uri("/api/v1/sessions/" + sessionId + "/agenda")
                .header(HttpHeaders.AUTHORIZATION, memberToken).exchange()).get("items");
        assertThat(agenda.valueStream().map(item -> item.get("position").asInt())).containsExactly(1, 2);
    }

    @Test
    void decisionsAreNumberedPerStaffAndYearWithTheirRationale() {
        String item = agendaItem();

        JsonNode first = read(post(memberToken, entries(item), """
                {"type":"DECISION","text":"Turnhalle Nord wird Notunterkunft","rationale":"Einzige Halle mit Duschen"}"""));
        JsonNode second = read(post(memberToken, entries(item), """
                {"type":"DECISION","text":"Zweite Ausgabestelle öffnen"}"""));

        assertThat(first.get("decisionNumber").asString()).isEqualTo("B-" + YEAR + "-001");
        assertThat(first.get("rationale").asString()).isEqualTo("Einzige Halle mit Duschen");
        assertThat(second.get("decisionNumber").asString()).isEqualTo("B-" + YEAR + "-002");
        assertThat(read(post(memberToken, entries(item), """
                {"type":"NOTE","text":"Lage stabil"}""")).get("decisionNumber").isNull()).isTrue();
    }

    @Test
    void concurrentDecisionsNeverShareANumber() throws Exception {
        String item = agendaItem();
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            calls.add(() -> minutes.record(member, UUID.fromString(sessionId), UUID.fromString(item),
                    new NewEntry(EntryType.DECISION, "Beschluss " + n, null, null, null, null)).decisionNumber());
        }
        List<String> numbers = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (var future : pool.invokeAll(calls)) {
                numbers.add(future.get());
            }
        }
        finally {
            pool.shutdown();
        }
        Collections.sort(numbers);

        assertThat(numbers).doesNotHaveDuplicates().hasSize(40).first().isEqualTo("B-" + YEAR + "-001");
        assertThat(numbers).last().isEqualTo("B-" + YEAR + "-040");
    }

    @Test
    void tasksAreFollowedUpAcrossSessionsWithTheirHistory() {
        String item = agendaItem();
        JsonNode entry = read(post(memberToken, entries(item), """
                {"type":"TASK","text":"Feldbetten beschaffen","assigneeId":"%s","due":"2026-03-06"}"""
                .formatted(member.personId())));
        String taskId = entry.get("taskId").asString();

        JsonNode mine = read(mvc.get().uri("/api/v1/tasks?assignee=me&overdue=true")
                .header(HttpHeaders.AUTHORIZATION, memberToken).exchange()).get("items");
        assertThat(mine.valueStream().map(task -> task.get("id").asString())).containsExactly(taskId);
        assertThat(mine.get(0).get("overdue").asBoolean()).isTrue();

        MvcTestResult changed = mvc.patch().uri("/api/v1/tasks/" + taskId).header(HttpHeaders.AUTHORIZATION, memberToken)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"status":"DONE","version":0}""").exchange();
        assertThat(read(changed).get("status").asString()).isEqualTo("DONE");
        assertThat(mvc.patch().uri("/api/v1/tasks/" + taskId).header(HttpHeaders.AUTHORIZATION, leadToken)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"status":"OPEN","version":0}""")).hasStatus(409);
        assertThat(jdbc.sql("SELECT to_status FROM staff.task_status_change WHERE task_id = ?::uuid ORDER BY changed_at")
                .param(taskId).query(String.class).list()).containsExactly("OPEN", "DONE");
        assertThat(read(mvc.get().uri("/api/v1/tasks?overdue=true").header(HttpHeaders.AUTHORIZATION, memberToken)
                .exchange()).get("items")).isEmpty();
    }

    @Test
    void tasksCarryTheTopicOfTheirAgendaItemAndFilterByIt() {
        String housing = read(post(leadToken, "/api/v1/sessions/" + sessionId + "/agenda", """
                {"title":"Belegung der Hallen","topic":"Unterbringung"}""")).get("id").asString();
        String help = read(post(leadToken, "/api/v1/sessions/" + sessionId + "/agenda", """
                {"title":"Sachspenden","topic":"Unterstützung und Hilfe"}""")).get("id").asString();
        String untopical = agendaItem();
        String beds = read(post(memberToken, entries(housing), """
                {"type":"TASK","text":"Feldbetten beschaffen","assigneeId":"%s"}""".formatted(member.personId())))
                .get("taskId").asString();
        String donations = read(post(memberToken, entries(help), """
                {"type":"TASK","text":"Spendenlager einrichten","assigneeId":"%s"}""".formatted(member.personId())))
                .get("taskId").asString();
        post(memberToken, entries(untopical), """
                {"type":"TASK","text":"Ohne Themenfeld","assigneeId":"%s"}""".formatted(member.personId()));

        JsonNode helpTasks = read(mvc.get().uri("/api/v1/tasks").param("topic", "Unterstützung und Hilfe")
                .header(HttpHeaders.AUTHORIZATION, memberToken).exchange()).get("items");
        assertThat(helpTasks.valueStream().map(task -> task.get("id").asString())).containsExactly(donations);
        assertThat(helpTasks.get(0).get("topic").asString()).isEqualTo("Unterstützung und Hilfe");
        assertThat(read(mvc.get().uri("/api/v1/tasks?topic=Unterbringung&assignee=me")
                .header(HttpHeaders.AUTHORIZATION, memberToken).exchange()).get("items").valueStream()
                .map(task -> task.get("id").asString())).containsExactly(beds);
        JsonNode all = read(mvc.get().uri("/api/v1/tasks").header(HttpHeaders.AUTHORIZATION, memberToken).exchange())
                .get("items");
        assertThat(all).hasSize(3);
        JsonNode secondPage = read(mvc.get().uri("/api/v1/tasks?size=2&page=1")
                .header(HttpHeaders.AUTHORIZATION, memberToken).exchange());
        assertThat(secondPage.get("items").valueStream().map(task -> task.get("id").asString()))
                .containsExactly(all.get(2).get("id").asString());
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(read(mvc.get().uri("/api/v1/tasks?size=2&page=7&assignee=me")
                .header(HttpHeaders.AUTHORIZATION, memberToken).exchange()).get("total").asLong()).isEqualTo(3);
        assertThat(mvc.get().uri("/api/v1/tasks?size=0").header(HttpHeaders.AUTHORIZATION, memberToken))
                .hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/tasks?page=-1").header(HttpHeaders.AUTHORIZATION, memberToken))
                .hasStatus(400);
        assertThat(all.valueStream().filter(task -> task.get("text").asString().equals("Ohne Themenfeld")).findFirst()
                .orElseThrow().get("topic").isNull()).isTrue();
        assertThat(read(mvc.get().uri("/api/v1/tasks?topic=Ehrenamt").header(HttpHeaders.AUTHORIZATION, memberToken)
                .exchange()).get("items")).isEmpty();

        CurrentUser outsider = tenant.user("Otto Außen", Role.STAFF_MEMBER);
        assertThat(read(mvc.get().uri("/api/v1/tasks?topic=Unterbringung")
                .header(HttpHeaders.AUTHORIZATION, bearer(mvc, outsider.username(), TestOrganisation.PASSWORD))
                .exchange()).get("items")).isEmpty();
    }

    @Test
    void badEntriesAreRefusedAndOutsidersFindNothing() {
        String item = agendaItem();
        assertThat(post(memberToken, entries(item), """
                {"type":"TASK","text":"Ohne Verantwortliche"}""")).hasStatus(400);
        assertThat(post(memberToken, entries(item), """
                {"type":"TASK","text":"Fremde Person","assigneeId":"%s"}""".formatted(UUID.randomUUID()))).hasStatus(400);
        assertThat(post(memberToken, entries(item), """
                {"type":"RUMOUR","text":"?"}""")).hasStatus(400);
        assertThat(post(memberToken, entries(item), """
                {"type":"NOTE","text":""}""")).hasStatus(400);
        assertThat(jdbc.sql("SELECT count(*) FROM staff.minute_entry WHERE session_id = ?::uuid").param(sessionId)
                .query(Long.class).single()).isZero();

        CurrentUser outsider = tenant.user("Olga Außen", Role.STAFF_MEMBER);
        String outsiderToken = bearer(mvc, outsider.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/api/v1/sessions/" + sessionId + "/agenda")
                .header(HttpHeaders.AUTHORIZATION, outsiderToken)).hasStatus(404);
        assertThat(post(outsiderToken, entries(item), """
                {"type":"NOTE","text":"Eingeschmuggelt"}""")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/tasks?assignee=kein-uuid").header(HttpHeaders.AUTHORIZATION, outsiderToken))
                .hasStatus(400);
    }

    private String agendaItem() {
        return read(post(leadToken, "/api/v1/sessions/" + sessionId + "/agenda", """
                {"title":"Unterbringung"}""")).get("id").asString();
    }

    private String entries(String item) {
        return "/api/v1/sessions/" + sessionId + "/agenda/" + item + "/entries";
    }

    private MvcTestResult post(String token, String uri, String body) {
        var request = mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, token);
        return body.isEmpty() ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    @LocalServerPort
    int port;

    @Test
    void theStreamReportsEntriesAndResumesWithLastEventId() throws Exception {
        String item = agendaItem();
        HttpClient client = HttpClient.newHttpClient();

        Iterator<String> stream = open(client, null);
        minutes.record(member, UUID.fromString(sessionId), UUID.fromString(item),
                new NewEntry(EntryType.NOTE, "Lage stabil", null, null, null, null));
        List<String> first = nextEvent(stream);
        assertThat(first).contains("event:entry").anySatisfy(line -> assertThat(line).startsWith("data:")
                .contains("\"type\":\"NOTE\""));
        String lastId = first.stream().filter(line -> line.startsWith("id:")).findFirst().orElseThrow().substring(3);

        // While the client is away, another entry is recorded; the reconnect gets it from the history.
        minutes.record(member, UUID.fromString(sessionId), UUID.fromString(item),
                new NewEntry(EntryType.DECISION, "Zweite Ausgabestelle", null, null, null, null));
        List<String> resumed = nextEvent(open(client, lastId));
        assertThat(resumed).anySatisfy(line -> assertThat(line).contains("\"type\":\"DECISION\""));
    }

    @Test
    void theStreamReportsTheProtocolsStatus() throws Exception {
        agendaItem();
        Iterator<String> stream = open(HttpClient.newHttpClient(), null);

        protocols.finalise(member, UUID.fromString(sessionId));
        List<String> finalised = nextEvent(stream);
        protocols.approve(lead, UUID.fromString(sessionId));
        List<String> approved = nextEvent(stream);

        assertThat(finalised).contains("event:status").anySatisfy(line -> assertThat(line)
                .contains("\"protocolStatus\":\"FINAL\"", "\"version\":\"1\""));
        assertThat(approved).contains("event:status").anySatisfy(line -> assertThat(line)
                .contains("\"protocolStatus\":\"APPROVED\""));
    }

    @Test
    void outsidersCannotListen() throws Exception {
        CurrentUser outsider = tenant.user("Lauscher", Role.STAFF_MEMBER);
        String outsiderToken = bearer(mvc, outsider.username(), TestOrganisation.PASSWORD);
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/sessions/" + sessionId + "/stream"))
                .header(HttpHeaders.AUTHORIZATION, outsiderToken).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private Iterator<String> open(HttpClient client, String lastEventId) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sessions/" + sessionId
                + "/stream")).header(HttpHeaders.AUTHORIZATION, memberToken).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.util.stream.Stream<String>> response = client.send(request.build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().iterator();
    }

    /** The lines of the next event with a name, read with a time limit instead of sleeping. */
    private static List<String> nextEvent(Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            List<String> event = new ArrayList<>();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isEmpty()) {
                    if (event.stream().anyMatch(l -> l.startsWith("event:"))) {
                        return event;
                    }
                    event.clear();
                    continue;
                }
                event.add(line);
            }
            return event;
        }).get(10, TimeUnit.SECONDS);
    }
}
