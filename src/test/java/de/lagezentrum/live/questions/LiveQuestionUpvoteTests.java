package de.lagezentrum.live.questions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.live.EventDetails;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.LiveQuestionSort;
import de.lagezentrum.live.LiveQuestionView;
import de.lagezentrum.live.LiveQuestions;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.QaMode;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Upvotes under load: many participants upvoting at once from threads are counted exactly, and a burst
 * reaches the stream as a few coalesced {@code question} events carrying the final count, not one per upvote.
 */
@IntegrationTest
class LiveQuestionUpvoteTests {

    private static final int VOTERS = 60;

    @Autowired
    TestLive fixtures;

    @Autowired
    LiveEvents events;

    @Autowired
    LiveQuestions questions;

    @Autowired
    MockMvcTester mvc;

    @Test
    void concurrentUpvotesAreCountedExactlyAndReachTheStreamCoalesced() throws Exception {
        Hosts hosts = fixtures.hosts("Stimmstadt");
        EventView event = fixtures.running(hosts, "Stimmtag", JoinPolicy.ANONYMOUS);
        events.update(hosts.host(), event.id(), new EventDetails(event.title(), null, event.start(), event.end(),
                event.joinPolicy(), QaMode.OPEN, event.blogPosting(), List.of(), event.agenda()), event.version());
        Participant asker = fixtures.join(event, null).participant();
        LiveQuestionView question = questions.ask(asker, "Wie viele stimmen zu?", false);
        List<Participant> voters = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            voters.add(fixtures.join(event, null).participant());
        }
        MvcTestResult stream = mvc.get().uri("/api/v1/events/" + event.id() + "/stream")
                .header("X-Participant-Token", fixtures.join(event, null).participantToken()).asyncExchange();

        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<LiveQuestionView>> done = new ArrayList<>();
            for (Participant voter : voters) {
                done.add(pool.submit(() -> questions.upvote(voter, question.id())));
            }
            for (Future<LiveQuestionView> each : done) {
                each.get();
            }
        }
        finally {
            pool.shutdown();
        }

        assertThat(questions.questions(asker, LiveQuestionSort.VOTES).get(0).upvotes()).isEqualTo(VOTERS);
        String finalCount = "\"upvotes\":" + VOTERS;
        await().atMost(Duration.ofSeconds(10))
                .until(() -> stream.getResponse().getContentAsString().contains(finalCount));
        long questionEvents = stream.getResponse().getContentAsString().lines()
                .filter(line -> line.equals("event:question")).count();
        // One for asking, then a flush every 250 ms while the burst lasts: far fewer than one per upvote.
        assertThat(questionEvents).isGreaterThanOrEqualTo(1).isLessThan(VOTERS / 3);
    }
}
