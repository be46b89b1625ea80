package de.lagezentrum.briefing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A weekly series as API and pages show it.
 *
 * @param zone the IANA time zone its time is reckoned in (the municipality's when it was set up)
 * @param until the last possible date; null for open-ended
 * @param chair the chair's name and function; null without one
 * @param exceptions the dates cancelled or moved
 */
public record BriefingSeriesView(UUID id, String title, @Nullable String topic, DayOfWeek weekday, LocalTime time,
        int durationMinutes, String zone, LocalDate from, @Nullable LocalDate until, @Nullable UUID chairId,
        @Nullable BriefingPerson chair, List<UUID> panel, List<BriefingPerson> panelMembers,
        List<BriefingGuest> guests, @Nullable String videoUrl, List<ExceptionView> exceptions, long version) {

    /**
     * A date of the series that does not take place as the rule says.
     *
     * @param movedStart the new start; null when cancelled
     * @param movedEnd the new end; null when cancelled
     */
    public record ExceptionView(LocalDate date, boolean cancelled, @Nullable Instant movedStart,
            @Nullable Instant movedEnd) {
    }
}
