package de.lagezentrum.staff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A weekly series of sessions, e.g. every Wednesday at 10:00 Europe/Berlin for 90 minutes.
 *
 * @param zone IANA time zone; null means the municipality's zone
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

    /** The time zone, Europe/Berlin unless another is given (the facade gives the municipality's). */
    public String zoneOrDefault() {
        return zone == null || zone.isBlank() ? "Europe/Berlin" : zone.strip();
    }

    /** This series, in the given zone unless it names one itself. */
    public NewSeries inZoneUnlessGiven(ZoneId municipality) {
        return zone == null || zone.isBlank()
                ? new NewSeries(weekday, time, durationMinutes, municipality.getId(), from, until, videoUrl)
                : this;
    }
}
