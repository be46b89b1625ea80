package de.lagezentrum.platform.web;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times shown to anonymous visitors (participants of a live event, the press area) are formatted in the
 * first municipality's zone, and formatting them costs no database connection once the zone is known: a
 * blog page shows hundreds of times.
 */
@IntegrationTest
class DateFormatsTests {

    @Autowired
    DateFormats dates;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Clock clock;

    @Test
    void formattingTimesForAnAnonymousVisitorTakesNoConnectionFromThePool() {
        Instant now = clock.instant();
        String first = dates.dateTime(now);
        long before = connectionsTaken();

        for (int i = 0; i < 200; i++) {
            assertThat(dates.dateTime(now)).isEqualTo(first);
        }

        // Other threads (the live hub, scheduled work) may take a few meanwhile; a connection per call was 200.
        assertThat(connectionsTaken() - before).isLessThan(20);
        assertThat(first).matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
    }

    private long connectionsTaken() {
        return meters.get("hikaricp.connections.usage").timers().stream().mapToLong(timer -> timer.count()).sum();
    }
}
