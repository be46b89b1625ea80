package de.lagezentrum.staff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A weekly series of sessions, e.g. every Wednesday at 10:00 Europe/Berlin for 90 minutes.
 *
 * @param zone IANA time zone; null means Europe/Berlin
 * @param until last possible date; null for open-ended
 * @param videoUrl Jitsi or BigBlueButton room; may be null
 */
public record NewSeries(
        @NotNull DayOfWeek weekday,
        @NotNull LocalTime time,
        @Min(5) @Max(1440) int durationMinutes,
        @Nullable @Size(max = 60) String zone,
        @NotNull LocalDate from,
        @Nullable LocalDate until,
        @Nullable @Size(max = 500) @Pattern(regexp = "https://\\S+") String videoUrl) {

    /** The time zone, Europe/Berlin unless another is given. */
    public String zoneOrDefault() {
        return zone == null || zone.isBlank() ? "Europe/Berlin" : zone.strip();
    }
}
