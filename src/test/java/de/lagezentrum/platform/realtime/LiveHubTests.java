package de.lagezentrum.platform.realtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.platform.realtime.SecondHub.Received;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database: the application's hub ("A") and a second hub ("B") built here against
 * the same data source, as a second instance behind a load balancer would be.
 */
@IntegrationTest
class LiveHubTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    LiveHub hubA;

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    LiveHub hubB;
    String topic;

    @BeforeEach
    void secondInstance() {
        hubB = new LiveHub(dataSource, json);
        hubB.start();
        topic = "test:" + UUID.randomUUID();
    }

    @AfterEach
    void stopSecondInstance() {
        hubB.destroy();
    }

    @Test
    void anEventPublishedOnOneInstanceReachesSubscribersOfTheOther() {
        Capture onB = subscribe(hubB, null);
        Capture onA = subscribe(hubA, null);

        hubA.publish(topic, "entry", Map.of("id", "e-1", "type", "NOTE"));

        await().atMost(WAIT).until(() -> onB.events.size() == 1 && onA.events.size() == 1);
        Received received = onB.events.get(0);
        assertThat(received.name()).isEqualTo("entry");
        assertThat(json.readTree(received.data())).isEqualTo(json.valueToTree(Map.of("id", "e-1", "type", "NOTE")));
        assertThat(onA.events.get(0)).isEqualTo(received);
    }

    @Test
    void anEventReachesOnlyTheSubscribersOfItsTopic() {
        String otherTopic = "test:" + UUID.randomUUID();
        Capture other = new Capture();
        hubB.subscribe(otherTopic, null, other);
        Capture mine = subscribe(hubB, null);

        hubA.publish(otherTopic, "entry", Map.of("n", "other session"));
        hubA.publish(topic, "entry", Map.of("n", "this session"));

        // Delivery follows commit order: once this topic's event is here, the other one has been handled.
        await().atMost(WAIT).until(() -> mine.events.size() == 1 && other.events.size() == 1);
        assertThat(mine.data()).containsExactly("{\"n\":\"this session\"}");
        assertThat(other.data()).containsExactly("{\"n\":\"other session\"}");
    }

    @Test
    void aClientThatStopsReadingHoldsUpNobodyElseAndIsLetGoWhenTooFarBehind() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        Capture slow = new Capture() {
            private volatile boolean connected;

            @Override
            public void send(SseEventBuilder builder) {
                try {
                    // The "connected" comment goes through; the events then hang, as at a client that stops reading.
                    if (connected) {
                        stuck.await();
                    }
                    connected = true;
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.send(builder);
            }
        };
        hubB.subscribe(topic, null, slow);
        Capture quick = subscribe(hubB, null);

        for (int i = 1; i <= 3; i++) {
            hubA.publish(topic, "entry", Map.of("n", i));
        }
        await().atMost(WAIT).until(() -> quick.events.size() == 3);
        assertThat(slow.events).isEmpty();

        // Far behind: the stream ends, so the browser reconnects and resumes with Last-Event-ID.
        for (int i = 4; i <= Subscriber.MAX_QUEUED + 5; i++) {
            hubA.publish(topic, "entry", Map.of("n", i));
        }
        // It is let go at once; its stream ends once the write it hangs in returns (the emitter's send and
        // complete share a lock, so completing it from the listener would hang the listener too).
        await().atMost(WAIT).until(() -> hubB.queued(topic).size() == 1);
        stuck.countDown();
        await().atMost(WAIT).until(() -> slow.completed);
        await().atMost(WAIT).until(() -> quick.events.size() == Subscriber.MAX_QUEUED + 5);
        assertThat(quick.data()).endsWith("{\"n\":" + (Subscriber.MAX_QUEUED + 5) + "}");
    }

    @Test
    void aPublishInARolledBackTransactionReachesNobody() {
        Capture onA = subscribe(hubA, null);
        Capture onB = subscribe(hubB, null);

        transaction.executeWithoutResult(status -> {
            hubA.publish(topic, "entry", Map.of("n", "rolled back"));
            status.setRollbackOnly();
        });
        hubA.publish(topic, "entry", Map.of("n", "committed"));

        // Notifications arrive in commit order: once the later one is here, the earlier would be too.
        await().atMost(WAIT).until(() -> onA.events.size() == 1 && onB.events.size() == 1);
        assertThat(onA.data()).containsExactly("{\"n\":\"committed\"}");
        assertThat(onB.data()).containsExactly("{\"n\":\"committed\"}");
    }

    @Test
    void aPublishInATransactionGoesOutWhenItCommits() {
        Capture onB = subscribe(hubB, null);

        transaction.executeWithoutResult(status -> {
            hubA.publish(topic, "entry", Map.of("n", "in transaction"));
            // Another transaction publishes and commits meanwhile: its event arrives, the first does not yet.
            CompletableFuture.runAsync(() -> hubA.publish(topic, "entry", Map.of("n", "beside"))).join();
            await().atMost(WAIT).until(() -> onB.events.size() == 1);
            assertThat(onB.data()).containsExactly("{\"n\":\"beside\"}");
        });

        await().atMost(WAIT).until(() -> onB.events.size() == 2);
        assertThat(onB.data()).containsExactly("{\"n\":\"beside\"}", "{\"n\":\"in transaction\"}");
    }

    @Test
    void aReconnectToTheOtherInstanceReplaysExactlyTheMissedEventsInCommitOrder() {
        Capture client = subscribe(hubA, null);
        Capture bystanderOnB = subscribe(hubB, null);

        hubA.publish(topic, "entry", Map.of("n", 1));
        await().atMost(WAIT).until(() -> client.events.size() == 1);
        String lastSeen = client.events.get(0).id();
        // The client goes away. Meanwhile a transaction takes an id first but commits after another one,
        // so the missed events arrive in an order different from their ids.
        transaction.executeWithoutResult(status -> {
            hubA.publish(topic, "entry", Map.of("n", 3));
            CompletableFuture.runAsync(() -> hubA.publish(topic, "entry", Map.of("n", 2))).join();
        });
        hubA.publish(topic, "entry", Map.of("n", 4));
        await().atMost(WAIT).until(() -> bystanderOnB.events.size() == 4);

        // The client reconnects and lands on instance B.
        Capture resumed = subscribe(hubB, lastSeen);

        // The replay is written by the stream's sender thread, like every event.
        await().atMost(WAIT).until(() -> resumed.events.size() >= 3);
        assertThat(resumed.data()).containsExactly("{\"n\":2}", "{\"n\":3}", "{\"n\":4}");
        assertThat(Long.parseLong(resumed.events.get(0).id()))
                .isGreaterThan(Long.parseLong(resumed.events.get(1).id()));

        // A reconnect after the second missed event resumes after it, though the third has a smaller id.
        Capture resumedLater = subscribe(hubB, resumed.events.get(0).id());
        await().atMost(WAIT).until(() -> resumedLater.events.size() >= 2);
        assertThat(resumedLater.data()).containsExactly("{\"n\":3}", "{\"n\":4}");

        // Live events follow the replay, none twice.
        hubA.publish(topic, "entry", Map.of("n", 5));
        await().atMost(WAIT).until(() -> resumed.events.size() == 4);
        assertThat(resumed.data()).containsExactly("{\"n\":2}", "{\"n\":3}", "{\"n\":4}", "{\"n\":5}");
    }

    /** As a {@code @TransactionalEventListener} in its default phase would publish. */
    @Test
    void aPublishFromAnAfterCommitCallbackGoesOutToo() {
        Capture onB = subscribe(hubB, null);
        transaction.executeWithoutResult(status -> TransactionSynchronizationManager
                .registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        hubA.publish(topic, "entry", Map.of("n", "after commit"));
                    }
                }));
        hubA.publish(topic, "entry", Map.of("n", "later"));
        await().atMost(WAIT).until(() -> onB.data().contains("{\"n\":\"later\"}"));
        assertThat(onB.data()).containsExactly("{\"n\":\"after commit\"}", "{\"n\":\"later\"}");
    }

    @Test
    void theListenerReconnectsAfterItsConnectionIsTerminated() {
        Capture onB = subscribe(hubB, null);
        int pid = hubB.listenerPid();
        assertThat(pid).isPositive();

        Boolean terminated = jdbc.sql("SELECT pg_terminate_backend(?)").param(pid).query(Boolean.class).single();
        assertThat(terminated).isTrue();

        await().atMost(WAIT).until(() -> hubB.listenerPid() > 0 && hubB.listenerPid() != pid);
        hubA.publish(topic, "entry", Map.of("n", "after reconnect"));
        await().atMost(WAIT).until(() -> onB.events.size() == 1);
        assertThat(onB.data()).containsExactly("{\"n\":\"after reconnect\"}");
    }

    @Test
    void aListenerThatWasAwayGetsWhatWasPublishedMeanwhileOnceItListensAgain() {
        Capture onB = subscribe(hubB, null);
        hubA.publish(topic, "entry", Map.of("n", 1));
        await().atMost(WAIT).until(() -> onB.events.size() == 1);
        int pid = hubB.listenerPid();
        String role = jdbc.sql("SELECT usename FROM pg_stat_activity WHERE pid = ?").param(pid).query(String.class)
                .single();
        int limit = jdbc.sql("SELECT rolconnlimit FROM pg_roles WHERE rolname = ?").param(role).query(Integer.class)
                .single();
        // B's listener loses its connection and cannot open another; the pools keep theirs.
        jdbc.sql("ALTER ROLE " + role + " CONNECTION LIMIT 0").update();
        try {
            jdbc.sql("SELECT pg_terminate_backend(?)").param(pid).query(Boolean.class).single();
            await().atMost(WAIT).until(() -> hubB.listenerPid() == -1);
            hubA.publish(topic, "entry", Map.of("n", 2));
            hubA.publish(topic, "entry", Map.of("n", 3));
            assertThat(onB.events).hasSize(1);
        }
        finally {
            jdbc.sql("ALTER ROLE " + role + " CONNECTION LIMIT " + limit).update();
        }

        await().atMost(WAIT).until(() -> onB.events.size() == 3);
        assertThat(onB.data()).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
        // What the catch-up delivered is not delivered again, and what follows arrives as before.
        hubA.publish(topic, "entry", Map.of("n", 4));
        await().atMost(WAIT).until(() -> onB.events.size() >= 4);
        assertThat(onB.data()).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}");
        // A client that resumes on B with Last-Event-ID gets the caught-up events too.
        Capture resumed = subscribe(hubB, onB.events.get(0).id());
        await().atMost(WAIT).until(() -> resumed.events.size() >= 3);
        assertThat(resumed.data()).containsExactly("{\"n\":2}", "{\"n\":3}", "{\"n\":4}");
    }

    @Test
    void anEventTooLargeForNotifyGoesByReference() {
        Capture onB = subscribe(hubB, null);
        String large = "Lagemeldung ".repeat(1_000);

        hubA.publish(topic, "entry", Map.of("text", large));

        await().atMost(WAIT).until(() -> onB.events.size() == 1);
        assertThat(onB.events.get(0).name()).isEqualTo("entry");
        assertThat(json.readTree(onB.events.get(0).data()).get("text").asString()).isEqualTo(large);
    }

    @Test
    void stoppingEndsTheStreamsAndTheListener() {
        LiveHub third = new LiveHub(dataSource, json);
        third.start();
        int pid = third.listenerPid();
        Capture subscriber = subscribe(third, null);

        third.stop();

        assertThat(subscriber.completed).isTrue();
        assertThat(third.listenerPid()).isEqualTo(-1);
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE pid = ?").param(pid)
                .query(Long.class).single() == 0);
        third.destroy();
    }

    /** Spring's test context cache stops the beans of a context it pauses and starts them again. */
    @Test
    void aStoppedHubStartsAgainAndDeliversAsBefore() {
        hubB.stop();
        hubB.start();
        Capture onB = subscribe(hubB, null);

        hubA.publish(topic, "entry", Map.of("n", "after the restart"));

        await().atMost(WAIT).until(() -> onB.events.size() == 1);
        assertThat(onB.data()).containsExactly("{\"n\":\"after the restart\"}");
        assertThat(hubB.isRunning()).isTrue();
    }

    private Capture subscribe(LiveHub hub, String lastEventId) {
        Capture capture = new Capture();
        hub.subscribe(topic, lastEventId, capture);
        return capture;
    }

    /** An emitter that records what would go over the wire instead of writing to a response. */
    static class Capture extends SseEmitter {

        final List<Received> events = new CopyOnWriteArrayList<>();
        volatile boolean completed;

        @Override
        public void send(SseEventBuilder builder) {
            Received received = SecondHub.received(builder);
            if (received != null) {
                events.add(received);
            }
        }

        @Override
        public void complete() {
            completed = true;
        }

        List<String> data() {
            return events.stream().map(Received::data).toList();
        }
    }
}
