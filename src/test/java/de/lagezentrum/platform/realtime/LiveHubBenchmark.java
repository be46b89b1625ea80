package de.lagezentrum.platform.realtime;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the latency from {@code publish} on one hub to the event reaching a subscriber of a second
 * hub on the same database (as two instances would): 1,000 events one after the other (each waits for
 * the previous to arrive), and a burst of 1,000 published back to back. Not part of the normal run (its
 * name does not end in {@code Tests}); run it explicitly:
 *
 * <pre>
 * ./mvnw -o -q -Dlagezentrum.build-dir=target-live test -Dtest=LiveHubBenchmark
 * </pre>
 *
 * The figures go to the log (logger {@code de.lagezentrum.platform.realtime.LiveHubBenchmark}).
 */
@Tag("benchmark")
@IntegrationTest
class LiveHubBenchmark {

    private static final Logger log = LoggerFactory.getLogger(LiveHubBenchmark.class);
    private static final int EVENTS = 1_000;

    @Autowired
    LiveHub hubA;

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Test
    void measure() throws Exception {
        LiveHub hubB = new LiveHub(dataSource, json);
        hubB.start();
        try {
            sequential(hubB, 200);
            long[] oneByOne = sequential(hubB, EVENTS);
            long started = System.nanoTime();
            long[] burst = burst(hubB);
            double burstSeconds = (System.nanoTime() - started) / 1e9;

            log.warn(String.format(Locale.ROOT, """

                    Live hub benchmark (%d cores, PostgreSQL %s): publish on hub A -> subscriber of hub B
                      one by one, %d events:  p50 %.2f ms, p95 %.2f ms, max %.2f ms
                      burst of %d events:     p50 %.2f ms, p95 %.2f ms, max %.2f ms
                                              all received %.2f s after the first publish (%.0f events/s)""",
                    Runtime.getRuntime().availableProcessors(), jdbc.sql("SHOW server_version").query(String.class)
                            .single(),
                    EVENTS, millis(oneByOne, 50), millis(oneByOne, 95), millis(oneByOne, 100),
                    EVENTS, millis(burst, 50), millis(burst, 95), millis(burst, 100), burstSeconds,
                    EVENTS / burstSeconds));
        }
        finally {
            hubB.destroy();
        }
    }

    /** Latencies in nanoseconds of events published one after the other, each after the previous arrived. */
    private long[] sequential(LiveHub hubB, int count) throws InterruptedException {
        String topic = "benchmark:" + UUID.randomUUID();
        Timing timing = new Timing(count);
        hubB.subscribe(topic, null, timing);
        for (int i = 0; i < count; i++) {
            timing.published[i] = System.nanoTime();
            hubA.publish(topic, "entry", Map.of("n", i));
            assertThat(timing.arrivals.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        }
        return timing.latencies();
    }

    /** Latencies in nanoseconds of events published back to back by one thread. */
    private long[] burst(LiveHub hubB) throws InterruptedException {
        String topic = "benchmark:" + UUID.randomUUID();
        Timing timing = new Timing(EVENTS);
        hubB.subscribe(topic, null, timing);
        for (int i = 0; i < EVENTS; i++) {
            timing.published[i] = System.nanoTime();
            hubA.publish(topic, "entry", Map.of("n", i));
        }
        assertThat(timing.arrivals.tryAcquire(EVENTS, 30, TimeUnit.SECONDS)).isTrue();
        return timing.latencies();
    }

    private static double millis(long[] sortedNanos, int percentile) {
        int index = Math.max(0, (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[index] / 1e6;
    }

    /** Notes when each event ({@code {"n": i}}) arrives. */
    private final class Timing extends SseEmitter {

        final long[] published;
        final long[] received;
        final Semaphore arrivals = new Semaphore(0);

        Timing(int count) {
            published = new long[count];
            received = new long[count];
        }

        @Override
        public void send(SseEventBuilder builder) {
            long now = System.nanoTime();
            builder.build().stream().map(SecondHub::text).filter(part -> part.startsWith("{"))
                    .findFirst().ifPresent(data -> {
                        received[json.readTree(data).get("n").asInt()] = now;
                        arrivals.release();
                    });
        }

        long[] latencies() {
            long[] latencies = new long[published.length];
            for (int i = 0; i < latencies.length; i++) {
                latencies[i] = received[i] - published[i];
            }
            Arrays.sort(latencies);
            return latencies;
        }
    }
}
