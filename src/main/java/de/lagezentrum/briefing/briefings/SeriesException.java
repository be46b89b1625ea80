package de.lagezentrum.briefing.briefings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A date of a series that does not take place as planned: cancelled (no new time) or moved.
 *
 * @param movedStart new start; null when cancelled
 * @param movedEnd new end; null when cancelled
 */
@Table(schema = "briefing", name = "series_exception")
record SeriesException(UUID tenantId, LocalDate originalDate, @Nullable Instant movedStart,
        @Nullable Instant movedEnd) {

    boolean moved() {
        return movedStart != null && movedEnd != null;
    }
}
