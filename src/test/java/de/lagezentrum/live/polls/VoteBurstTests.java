package de.lagezentrum.live.polls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LivePolls;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.PollBallot;
import de.lagezentrum.live.PollDetails;
import de.lagezentrum.live.PollType;
import de.lagezentrum.live.PollView;
import de.lagezentrum.live.PollVisibility;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;
import de.lagezentrum.organisation.TestOrganisation;

import static de.lagezentrum.ApiTestSupport.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Votes under load: many participants voting at once from many threads are each counted exactly once
 * (a revote replacing), a batch that fails acknowledges none of its votes, and a burst of votes reaches
 * the stream as a few coalesced {@code results} events whose last carries the final counts — to the team
 * only while the results are hidden.
 */
@IntegrationTest
class VoteBurstTests {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Autowired
    LivePolls polls;

    @Autowired
    VoteWriter writer;

    @Autowired
    TestLive fixtures;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    Hosts hosts;
    EventView event;

    @BeforeEach
    void event() {
        hosts = fixtures.hosts("Laststadt");
        event = fixtures.running(hosts, "Lasttag", JoinPolicy.ANONYMOUS);
    }

    @Test
    void everyAcknowledgedVoteOfTwoHundredParticipantsFromSixteenThreadsIsCountedOnce() throws Exception {
        PollView poll = open(PollType.SINGLE, PollVisibility.LIVE);
        List<Participant> participants = join(200);
        Map<UUID, UUID> lastVote = new ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < participants.size(); i++) {
                Participant participant = participants.get(i);
                UUID first = poll.options().get(i % 3).id();
                UUID then = poll.options().get((i + 1) % 3).id();
                done.add(threads.submit(() -> {
                    polls.vote(participant, poll.id(), ballot(first)).join();
                    acknowledged.incrementAndGet();
                    polls.vote(participant, poll.id(), ballot(then)).join();
                    acknowledged.incrementAndGet();
                    lastVote.put(participant.id(), then);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
        finally {
            threads.shutdown();
        }
        assertThat(acknowledged.get()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM live.poll_vote WHERE poll_id = ?").param(poll.id()).query(Long.class)
                .single()).isEqualTo(200);
        for (var option : poll.options()) {
            long expected = lastVote.values().stream().filter(option.id()::equals).count();
            assertThat(jdbc.sql("SELECT count(*) FROM live.poll_vote WHERE poll_id = ? AND ? = ANY (option_ids)")
                    .params(poll.id(), option.id()).query(Long.class).single()).isEqualTo(expected);
        }
    }

    @Test
    void aFailedBatchAcknowledgesNoneOfItsVotes() {
        PollView poll = open(PollType.OPEN, PollVisibility.LIVE);
        List<Participant> participants = join(2);
        List<CompletableFuture<Void>> futures = writer.writeAsOneBatch(List.of(
                vote(participants.get(0), poll, "Gut so"),
                // Longer than the column allows: the database refuses the whole batch.
                vote(participants.get(1), poll, "x".repeat(2000))));
        for (CompletableFuture<Void> future : futures) {
            assertThat(future).isCompletedExceptionally();
            assertThatThrownBy(future::join).satisfies(thrown -> assertThat(thrown.getCause())
                    .isInstanceOfSatisfying(ResponseStatusException.class,
                            e -> assertThat(e.getStatusCode().value()).isEqualTo(503)));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM live.poll_vote WHERE poll_id = ?").param(poll.id()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void aBurstOfFiveHundredVotesReachesTheStreamAsAFewResultsWithTheFinalCounts() throws Exception {
        PollView poll = open(PollType.SINGLE, PollVisibility.LIVE);
        PollView hidden = open(PollType.SINGLE, PollVisibility.HIDDEN);
        List<Participant> participants = join(500);
        String token = fixtures.join(event, null).participantToken();
        MvcTestResult audience = mvc.get().uri("/api/v1/events/" + event.id() + "/stream")
                .header("X-Participant-Token", token).asyncExchange();
        MvcTestResult team = mvc.get().uri("/api/v1/events/" + event.id() + "/stream?team=true")
                .header(HttpHeaders.AUTHORIZATION, bearer(mvc, hosts.host().username(), TestOrganisation.PASSWORD))
                .asyncExchange();

        List<CompletableFuture<Void>> votes = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            votes.add(polls.vote(participants.get(i), poll.id(), ballot(poll.options().get(i % 3 == 0 ? 0 : 1).id())));
        }
        votes.add(polls.vote(participants.get(0), hidden.id(), ballot(hidden.options().get(0).id())));
        CompletableFuture.allOf(votes.toArray(CompletableFuture[]::new)).join();

        List<JsonNode> seen = await(() -> results(audience, poll.id()),
                list -> !list.isEmpty() && list.get(list.size() - 1).get("total").asLong() == 500);
        JsonNode last = seen.get(seen.size() - 1);
        assertThat(last.get("options").get(0).get("id").asString()).isEqualTo(poll.options().get(0).id().toString());
        assertThat(last.get("options").get(0).get("count").asLong()).isEqualTo(167);
        assertThat(last.get("options").get(1).get("count").asLong()).isEqualTo(333);
        assertThat(last.get("options").get(2).get("count").asLong()).isZero();
        // Coalesced: a handful, not one per vote.
        assertThat(seen.size()).isBetween(1, 15);

        await(() -> results(team, hidden.id()), list -> !list.isEmpty());
        assertThat(audience.getResponse().getContentAsString()).doesNotContain(hidden.id().toString());
    }

    private List<JsonNode> results(MvcTestResult stream, UUID pollId) {
        try {
            String content = stream.getResponse().getContentAsString();
            List<JsonNode> found = new ArrayList<>();
            for (String block : content.split("\n\n")) {
                List<String> lines = Arrays.asList(block.split("\n"));
                if (lines.contains("event:results")) {
                    String data = lines.stream().filter(line -> line.startsWith("data:")).findFirst().orElseThrow()
                            .substring(5);
                    JsonNode node = JsonMapper.builder().build().readTree(data);
                    if (node.get("pollId").asString().equals(pollId.toString())) {
                        found.add(node);
                    }
                }
            }
            return found;
        }
        catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Supplier<T> read, java.util.function.Predicate<T> done) {
        return Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(20)).until(read::get, done::test);
    }

    private PollView open(PollType type, PollVisibility visibility) {
        PollView poll = polls.create(hosts.host(), event.id(), new PollDetails("Wie geht es weiter?", type,
                List.of("Schneller", "Gründlicher", "Weiter so"), null, null, null, null, visibility));
        return polls.open(hosts.host(), poll.id());
    }

    private List<Participant> join(int count) {
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            participants.add(fixtures.join(event, null).participant());
        }
        return participants;
    }

    private static PollBallot ballot(UUID option) {
        return new PollBallot(List.of(option), null, null);
    }

    private VoteWriter.Vote vote(Participant participant, PollView poll, String text) {
        return new VoteWriter.Vote(participant.tenantId(), participant.eventId(), poll.id(), participant.id(), List.of(),
                null, text, clock.instant());
    }
}
