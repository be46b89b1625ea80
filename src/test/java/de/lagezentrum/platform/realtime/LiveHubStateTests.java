package de.lagezentrum.platform.realtime;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.platform.realtime.LiveHubTests.Capture;
import de.lagezentrum.platform.realtime.SecondHub.Received;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coalesced state events ({@link LiveHub#touch}) on two instances on one database, and streams whose
 * clients stop reading. The hubs are built here (as a second instance would be), so that each test
 * registers its own state readers and timings.
 */
@IntegrationTest
class LiveHubStateTests {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NAME = "results";

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    @Autowired
    TransactionTemplate transaction;

    final UUID tenantId = UUID.randomUUID();
    final String topic = "test-state:" + UUID.randomUUID();
    final List<LiveHub> hubs = new ArrayList<>();
    /** The state the readers read: a count per key. */
    final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    LiveHub hubA;
    LiveHub hubB;
    Reads readsA;
    Reads readsB;

    @BeforeEach
    void twoInstances() {
        hubA = start(Duration.ofSeconds(30));
        hubB = start(Duration.ofSeconds(30));
        readsA = register(hubA);
        readsB = register(hubB);
    }

    @AfterEach
    void stopInstances() {
        hubs.forEach(LiveHub::destroy);
    }

    @Test
    void aBurstOfTouchesBecomesAFewEventsOnEveryInstanceEndingWithTheFinalState() {
        Capture onA = subscribe(hubA, null);
        Capture onB = subscribe(hubB, null);
        Capture alsoOnB = subscribe(hubB, null);

        for (int i = 0; i < 2_000; i++) {
            counts.computeIfAbsent("poll-1", key -> new AtomicInteger()).incrementAndGet();
            hubA.touch(tenantId, topic, NAME, "poll-1");
        }

        for (Capture capture : List.of(onA, onB, alsoOnB)) {
            await().atMost(WAIT).until(() -> capture.data().contains("{\"count\":2000}"));
            assertThat(capture.events).hasSizeLessThanOrEqualTo(5).allSatisfy(event -> {
                assertThat(event.name()).isEqualTo(NAME);
                assertThat(event.id()).isNotBlank();
            });
            assertThat(capture.data()).last().isEqualTo("{\"count\":2000}");
        }
        // Each instance reads once per event it sends, whatever the number of its streams, and as the
        // mark's municipality.
        assertThat(readsB.count.get()).isEqualTo(onB.events.size());
        assertThat(readsA.count.get()).isEqualTo(onA.events.size());
        assertThat(readsA.tenants).containsOnly(tenantId.toString());
        assertThat(readsB.tenants).containsOnly(tenantId.toString());
        assertThat(alsoOnB.events).isEqualTo(onB.events);
    }

    @Test
    void touchesForASecondGoOutAtMostOncePerInterval() {
        Capture onB = subscribe(hubB, null);
        AtomicInteger count = counts.computeIfAbsent("poll-1", key -> new AtomicInteger());

        // Touches as fast as this thread can for 1.2 s: far more than 2,000 per second.
        long end = System.nanoTime() + Duration.ofMillis(1_200).toNanos();
        while (System.nanoTime() < end) {
            count.incrementAndGet();
            hubA.touch(tenantId, topic, NAME, "poll-1");
        }

        String last = "{\"count\":" + count.get() + "}";
        await().atMost(WAIT).until(() -> onB.data().contains(last));
        assertThat(count.get()).isGreaterThan(2_400);
        // One notification per 200 ms interval, and one at the start of the burst.
        assertThat(onB.events).hasSizeBetween(2, 9);
    }

    @Test
    void aTouchCountsOnlyOnceItsTransactionCommits() {
        Capture onB = subscribe(hubB, null);
        counts.put("rolled-back", new AtomicInteger(1));
        counts.put("committed", new AtomicInteger(2));
        counts.put("beside", new AtomicInteger(3));

        transaction.executeWithoutResult(status -> {
            hubA.touch(tenantId, topic, NAME, "rolled-back");
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> {
            hubA.touch(tenantId, topic, NAME, "committed");
            // A touch beside it goes out meanwhile, the one of this open transaction does not.
            CompletableFuture.runAsync(() -> hubA.touch(tenantId, topic, NAME, "beside")).join();
            await().atMost(WAIT).until(() -> onB.data().contains("{\"count\":3}"));
            assertThat(onB.data()).containsExactly("{\"count\":3}");
        });

        await().atMost(WAIT).until(() -> onB.data().contains("{\"count\":2}"));
        assertThat(onB.data()).containsExactly("{\"count\":3}", "{\"count\":2}");
        assertThat(readsB.keys).doesNotContain("rolled-back");
        assertThat(readsA.keys).doesNotContain("rolled-back");
    }

    @Test
    void nothingIsSentWhenTheReaderFindsNoState() {
        Capture onB = subscribe(hubB, null);
        counts.put("known", new AtomicInteger(7));

        hubA.touch(tenantId, topic, NAME, "unknown");
        hubA.touch(tenantId, topic, NAME, "known");

        await().atMost(WAIT).until(() -> readsB.keys.contains("unknown") && onB.events.size() == 1);
        assertThat(onB.data()).containsExactly("{\"count\":7}");
    }

    @Test
    void aReplayWithLastEventIdSendsOnlyTheLatestStateOfEachKey() {
        Capture client = subscribe(hubA, null);
        Capture bystander = subscribe(hubB, null);
        hubA.publish(topic, "entry", Map.of("n", 1));
        await().atMost(WAIT).until(() -> client.events.size() == 1);
        String lastSeen = client.events.get(0).id();

        // The client goes away; meanwhile one poll's results change three times, another's once.
        AtomicInteger first = counts.computeIfAbsent("poll-1", key -> new AtomicInteger());
        for (int i = 1; i <= 3; i++) {
            first.set(i);
            hubA.touch(tenantId, topic, NAME, "poll-1");
            String expected = "{\"count\":" + i + "}";
            await().atMost(WAIT).until(() -> bystander.data().contains(expected));
        }
        counts.put("poll-2", new AtomicInteger(10));
        hubA.touch(tenantId, topic, NAME, "poll-2");
        await().atMost(WAIT).until(() -> bystander.data().contains("{\"count\":10}"));
        hubA.publish(topic, "entry", Map.of("n", 2));
        await().atMost(WAIT).until(() -> bystander.data().contains("{\"n\":2}"));

        Capture resumed = subscribe(hubB, lastSeen);

        await().atMost(WAIT).until(() -> resumed.events.size() >= 3);
        assertThat(resumed.events).extracting(Received::name).containsExactly(NAME, NAME, "entry");
        assertThat(resumed.data()).containsExactly("{\"count\":3}", "{\"count\":10}", "{\"n\":2}");
    }

    @Test
    void streamsWhoseClientsStopReadingHoldUpNoHealthyStreamAreLetGoAndKeepOnlyTheLatestState()
            throws Exception {
        LiveHub hub = start(Duration.ofSeconds(5));
        register(hub);
        CountDownLatch release = new CountDownLatch(1);
        // More stuck streams than the hub has sender threads of its own (four per core).
        int stuckCount = 4 * Runtime.getRuntime().availableProcessors() + 4;
        List<Stuck> stuck = new ArrayList<>();
        for (int i = 0; i < stuckCount; i++) {
            Stuck client = new Stuck(release);
            hub.subscribe(topic, null, client);
            stuck.add(client);
        }
        Capture healthy = subscribe(hub, null);
        AtomicInteger count = counts.computeIfAbsent("poll-1", key -> new AtomicInteger());

        try {
            // Each state goes out and is awaited: the stuck streams take their first, then hang.
            for (int i = 1; i <= 8; i++) {
                count.set(i);
                hub.touch(tenantId, topic, NAME, "poll-1");
                hub.publish(topic, "entry", Map.of("n", i));
                String expected = "{\"count\":" + i + "}";
                await().atMost(WAIT).until(() -> healthy.data().contains(expected));
            }
            // Queued for a stuck stream: its ordinary events, and one state however often it changed.
            assertThat(hub.queued(topic)).hasSize(stuckCount + 1).allSatisfy(queued -> assertThat(queued)
                    .isLessThanOrEqualTo(8));

            // After five seconds of a write that does not return, the stuck streams are let go.
            await().atMost(WAIT).until(() -> hub.queued(topic).size() == 1);
        }
        finally {
            release.countDown();
        }
        await().atMost(WAIT).until(() -> stuck.stream().allMatch(client -> client.completed));
        // The event it was stuck on, at most; nothing after.
        assertThat(stuck).allSatisfy(client -> assertThat(client.events).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void aStuckStreamKeepsOneStatePerKeyHoweverOftenItChanges() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Stuck client = new Stuck(release);
        hubB.subscribe(topic, null, client);
        Capture healthy = subscribe(hubB, null);
        try {
            counts.put("first", new AtomicInteger(0));
            hubA.touch(tenantId, topic, NAME, "first");
            await().atMost(WAIT).until(() -> healthy.events.size() == 1 && client.events.size() == 1);
            for (int i = 1; i <= 10; i++) {
                for (String key : List.of("a", "b", "c")) {
                    counts.put(key, new AtomicInteger(i));
                    hubA.touch(tenantId, topic, NAME, key);
                }
                String expected = "{\"count\":" + i + "}";
                await().atMost(WAIT).until(() -> healthy.data().stream().filter(expected::equals).count() == 3);
            }
            assertThat(client.writing).isTrue();
            assertThat(hubB.queued(topic)).containsExactlyInAnyOrder(0, 3);
        }
        finally {
            release.countDown();
        }
        // Once it reads again, it gets the event it was stuck on, then the latest state of each key.
        await().atMost(WAIT).until(() -> client.events.size() == 5);
        assertThat(client.data()).containsExactly("{\"count\":0}", "{\"count\":1}", "{\"count\":10}",
                "{\"count\":10}", "{\"count\":10}");
    }

    @Test
    void everyStreamGetsAHeartbeat() {
        LiveHub hub = new LiveHub(dataSource, json, Clock.systemUTC(), Duration.ofMillis(200),
                Duration.ofSeconds(30), Duration.ofMillis(300));
        hub.start();
        hubs.add(hub);
        Queue<String> comments = new ConcurrentLinkedQueue<>();
        hub.subscribe(topic, null, new Capture() {
            @Override
            public void send(SseEventBuilder builder) {
                builder.build().forEach(part -> comments.add(SecondHub.text(part)));
                super.send(builder);
            }
        });

        await().atMost(WAIT).until(() -> comments.stream().filter(text -> text.contains(":heartbeat")).count() >= 2);
    }

    private LiveHub start(Duration stuck) {
        LiveHub hub = new LiveHub(dataSource, json, Clock.systemUTC(), Duration.ofMillis(200), stuck,
                Duration.ofSeconds(20));
        hub.start();
        hubs.add(hub);
        return hub;
    }

    /** Reads the count of a key as the database sees the mark's municipality, and records each read. */
    private Reads register(LiveHub hub) {
        Reads reads = new Reads();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        hub.registerState(NAME, (tenant, readTopic, key) -> {
            reads.count.incrementAndGet();
            reads.keys.add(key);
            transaction.executeWithoutResult(status -> reads.tenants.add(jdbc
                    .sql("SELECT current_setting('lagezentrum.tenant', true)").query(String.class).single()));
            AtomicInteger count = counts.get(key);
            return count == null ? null : Map.of("count", count.get());
        });
        return reads;
    }

    private Capture subscribe(LiveHub hub, String lastEventId) {
        Capture capture = new Capture();
        hub.subscribe(topic, lastEventId, capture);
        return capture;
    }

    static final class Reads {
        final AtomicInteger count = new AtomicInteger();
        final Queue<String> keys = new ConcurrentLinkedQueue<>();
        final Queue<String> tenants = new ConcurrentLinkedQueue<>();
    }

    /** A client that reads the "connected" comment and its first event, then stops reading. */
    static final class Stuck extends Capture {
        private final CountDownLatch release;
        private final AtomicInteger sends = new AtomicInteger();
        volatile boolean writing;

        Stuck(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public void send(SseEventBuilder builder) {
            if (sends.incrementAndGet() > 2) {
                writing = true;
                try {
                    release.await();
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            super.send(builder);
        }
    }
}
