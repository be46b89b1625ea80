package de.lagezentrum.staff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A series as API and pages show it.
 *
 * @param exceptions the dates cancelled or moved
 */
public record SeriesView(UUID id, DayOfWeek weekday, LocalTime time, int durationMinutes, String zone,
        LocalDate from, @Nullable LocalDate until, @Nullable String videoUrl, List<ExceptionView> exceptions) {

    /**
     * A cancelled or moved date.
     *
     * @param movedStart new start; null when cancelled
     */
    public record ExceptionView(LocalDate date, boolean cancelled, @Nullable Instant movedStart,
            @Nullable Instant movedEnd) {
    }
}
