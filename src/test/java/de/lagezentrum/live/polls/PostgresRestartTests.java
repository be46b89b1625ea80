package de.lagezentrum.live.polls;

import java.io.UnsupportedEncodingException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.Joined;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.database.EmbeddedPostgresConfiguration.EmbeddedPostgresLease;
import de.lagezentrum.platform.database.PostgresRestart;
import de.lagezentrum.platform.realtime.SecondHub;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL crashes and starts again in the middle of a poll, twice (a real stop of the embedded server,
 * without a checkpoint, and a start on the same data directory and port). Votes acknowledged before, during
 * and after count once each, the one acknowledged right before the crash too; the vote being written at the
 * crash is refused with a problem and was not counted; votes sent while the database is away wait and are
 * counted once it is back, or are refused and counted when sent again; the listeners of both
 * instances listen again, so the participants' streams carry the final results, and a stream resumed with
 * Last-Event-ID gets what it missed.
 */
@IntegrationTest
class PostgresRestartTests {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOKEN = "X-Participant-Token";
    private static final int PARTICIPANTS = 40;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestLive fixtures;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgresLease embedded;

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    @Test
    void votesAcknowledgedBeforeDuringAndAfterACrashCountOnceAndTheStreamsCarryOn() throws Exception {
        Hosts hosts = fixtures.hosts("Neustartstadt");
        String host = bearer(mvc, hosts.host().username(), TestOrganisation.PASSWORD);
        EventView event = fixtures.running(hosts, "Stromausfall im Rechenzentrum", JoinPolicy.ANONYMOUS);
        JsonNode poll = open(host, event, "{\"question\":\"Weiter?\",\"type\":\"SINGLE\",\"options\":[\"Ja\",\"Nein\",\"Später\"]}");
        String pollId = poll.get("id").asString();
        List<String> options = poll.get("options").valueStream().map(option -> option.get("id").asString()).toList();
        List<Joined> participants = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            participants.add(fixtures.join(event, null));
        }
        Map<UUID, String> acknowledged = new LinkedHashMap<>();
        MvcTestResult streamOnA = mvc.get().uri("/api/v1/events/" + event.id() + "/stream")
                .header(TOKEN, participants.get(0).participantToken()).asyncExchange();
        PostgresRestart postgres = PostgresRestart.of(jdbc);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try (SecondHub instanceB = new SecondHub(dataSource, json)) {
            SecondHub.Stream streamOnB = instanceB.subscribe(LiveEvents.topic(event.id()), null);

            // Before: ten votes, acknowledged and on both instances' streams.
            for (int i = 0; i < 10; i++) {
                assertThat(vote(participants.get(i), pollId, options.get(i % 3))).hasStatusOk();
                acknowledged.put(participants.get(i).participant().id(), options.get(i % 3));
            }
            await().atMost(WAIT).until(() -> total(lastResults(streamOnB.data("results"), pollId)) == 10);
            String seenBeforeTheCrash = streamOnB.events().get(streamOnB.events().size() - 1).id();
            Joined interrupted = participants.get(20);

            boolean running = true;
            Connection holder = null;
            try {
                // A vote acknowledged right before a crash is there after it, though the embedded server runs
                // with synchronous_commit off and its WAL writer flushes only every 200 ms.
                Joined lastBefore = participants.get(10);
                MvcTestResult acknowledgedJustBefore = vote(lastBefore, pollId, options.get(1));
                postgres.crash();
                running = false;
                assertThat(acknowledgedJustBefore).hasStatusOk();
                acknowledged.put(lastBefore.participant().id(), options.get(1));

                // During: votes sent while the server is down wait for a connection, or are refused.
                List<CompletableFuture<MvcTestResult>> during = new ArrayList<>();
                for (int i = 11; i < 20; i++) {
                    Joined participant = participants.get(i);
                    String option = options.get(i % 3);
                    during.add(CompletableFuture.supplyAsync(() -> vote(participant, pollId, option), clients));
                }
                postgres.start();
                running = true;
                for (int i = 11; i < 20; i++) {
                    record(acknowledged, participants.get(i), options.get(i % 3), during.get(i - 11).join());
                }

                // At the second crash: a vote being written (its batch waits for the poll's row, which the test
                // holds) is refused with a problem.
                holder = DriverManager.getConnection(embedded.administratorUrl());
                holder.setAutoCommit(false);
                try (Statement statement = holder.createStatement()) {
                    statement.execute("SELECT 1 FROM live.poll WHERE id = '" + pollId + "' FOR UPDATE");
                }
                CompletableFuture<MvcTestResult> inFlight = CompletableFuture.supplyAsync(
                        () -> vote(interrupted, pollId, options.get(0)), clients);
                await().atMost(WAIT).until(() -> votesWaitingForALock() == 1);
                postgres.crash();
                running = false;
                MvcTestResult refused = inFlight.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(refused).hasStatus(503);
                assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
                assertThat(read(refused).get("type").asString()).isEqualTo("/problems/unavailable");
                assertThat(refused.getResponse().getContentAsString()).doesNotContain("Exception", "\tat ");
                postgres.start();
                running = true;
            }
            finally {
                // Whatever failed: release the poll's row and leave a running server to the later tests.
                if (holder != null) {
                    closeQuietly(holder);
                }
                if (!running) {
                    postgres.start();
                }
            }

            // Refused is not counted: the interrupted vote never committed.
            assertThat(jdbc.sql("SELECT count(*) FROM live.poll_vote WHERE participant_id = ?")
                    .param(interrupted.participant().id()).query(Long.class).single()).isZero();
            // After: the rest vote, the refused send again, and the first ten change their minds.
            for (int i = 11; i < PARTICIPANTS; i++) {
                if (!acknowledged.containsKey(participants.get(i).participant().id())) {
                    sendUntilAcknowledged(acknowledged, participants.get(i), pollId, options.get(i % 3));
                }
            }
            for (int i = 0; i < 10; i++) {
                sendUntilAcknowledged(acknowledged, participants.get(i), pollId, options.get((i + 1) % 3));
            }

            assertThat(acknowledged).hasSize(PARTICIPANTS);
            Map<UUID, String> stored = new LinkedHashMap<>();
            jdbc.sql("SELECT participant_id, option_ids[1]::text FROM live.poll_vote WHERE poll_id = ?::uuid")
                    .param(pollId).query((row, n) -> stored.put(row.getObject(1, UUID.class), row.getString(2))).list();
            assertThat(acknowledged.keySet().stream().filter(participant -> !stored.containsKey(participant)))
                    .as("votes acknowledged and then lost").isEmpty();
            assertThat(stored).isEqualTo(acknowledged);
            List<Long> counts = options.stream()
                    .map(option -> acknowledged.values().stream().filter(option::equals).count()).toList();

            // Both instances' listeners listen again: the participants' streams end on the final counts.
            // (The total is reached before the last revotes arrive, so wait for the counts themselves.)
            await().atMost(WAIT).until(() -> counts(lastResults(streamOnB.data("results"), pollId)).equals(counts)
                    && counts(lastResults(results(streamOnA), pollId)).equals(counts));
            assertThat(total(lastResults(streamOnB.data("results"), pollId))).isEqualTo(PARTICIPANTS);

            // A participant whose stream broke before the crash resumes on A with the id it saw last.
            MvcTestResult resumed = mvc.get().uri("/api/v1/events/" + event.id() + "/stream")
                    .header(TOKEN, participants.get(1).participantToken()).header("Last-Event-ID", seenBeforeTheCrash)
                    .asyncExchange();
            await().atMost(WAIT).until(() -> total(lastResults(results(resumed), pollId)) == PARTICIPANTS);
            assertThat(results(resumed)).allMatch(data -> total(data) > 10);
        }
        finally {
            clients.shutdownNow();
        }
        // The database serves the application as before.
        assertThat(read(call(host, "GET", "/api/v1/polls/" + pollId + "/results")).get("total").asLong())
                .isEqualTo(PARTICIPANTS);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        }
        catch (SQLException goneWithTheServer) {
            // Its server is down; nothing to release.
        }
    }

    private long votesWaitingForALock() {
        return jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO live.poll_vote%'""")
                .query(Long.class).single();
    }

    /** As a client does: a refused vote (503) is sent again; each is acknowledged in the end. */
    private void sendUntilAcknowledged(Map<UUID, String> acknowledged, Joined participant, String pollId,
            String option) {
        await().atMost(WAIT).until(() -> record(acknowledged, participant, option, vote(participant, pollId, option)));
    }

    private static boolean record(Map<UUID, String> acknowledged, Joined participant, String option,
            MvcTestResult result) {
        int status = result.getResponse().getStatus();
        assertThat(status).as("a vote is acknowledged or refused as unavailable").isIn(200, 503);
        if (status == 200) {
            acknowledged.put(participant.participant().id(), option);
            return true;
        }
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        return false;
    }

    private MvcTestResult vote(Joined participant, String pollId, String option) {
        return mvc.post().uri("/api/v1/polls/" + pollId + "/votes").header(TOKEN, participant.participantToken())
                .contentType(MediaType.APPLICATION_JSON).content("{\"optionIds\":[\"" + option + "\"]}")
                .exchange(WAIT);
    }

    private JsonNode open(String host, EventView event, String body) {
        MvcTestResult created = mvc.post().uri("/api/v1/events/" + event.id() + "/polls")
                .header(HttpHeaders.AUTHORIZATION, host).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(created).hasStatus(201);
        return read(call(host, "POST", "/api/v1/polls/" + read(created).get("id").asString() + "/open"));
    }

    private MvcTestResult call(String host, String method, String uri) {
        return mvc.method(HttpMethod.valueOf(method)).uri(uri).header(HttpHeaders.AUTHORIZATION, host).exchange();
    }

    /** The data of the {@code results} events a stream has received so far. */
    private static List<String> results(MvcTestResult stream) {
        String content;
        try {
            content = stream.getResponse().getContentAsString();
        }
        catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        List<String> found = new ArrayList<>();
        for (String block : content.split("\n\n")) {
            List<String> lines = Arrays.asList(block.split("\n"));
            if (lines.contains("event:results")) {
                lines.stream().filter(line -> line.startsWith("data:")).findFirst()
                        .ifPresent(line -> found.add(line.substring(5)));
            }
        }
        return found;
    }

    private String lastResults(List<String> results, String pollId) {
        String last = null;
        for (String data : results) {
            if (json.readTree(data).get("pollId").asString().equals(pollId)) {
                last = data;
            }
        }
        return last;
    }

    private long total(String data) {
        return data == null ? -1 : json.readTree(data).get("total").asLong();
    }

    private List<Long> counts(String data) {
        if (data == null) {
            return List.of();
        }
        return json.readTree(data).get("options").valueStream().map(option -> option.get("count").asLong()).toList();
    }
}
