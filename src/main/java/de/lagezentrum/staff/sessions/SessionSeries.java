package de.lagezentrum.staff.sessions;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import de.lagezentrum.staff.NewSeries;
import de.lagezentrum.staff.SeriesView;

/**
 * A staff's regular sessions: every week on one weekday at one local time in one time zone, so a
 * 10:00 session stays at 10:00 across daylight-saving changes, with dates cancelled or moved.
 */
@Table(schema = "staff", name = "session_series")
public class SessionSeries {

    @Id
    private final UUID id;
    private final UUID tenantId;
    private final UUID staffId;
    private final DayOfWeek weekday;
    private final LocalTime startTime;
    private final int durationMinutes;
    private final String zone;
    private final LocalDate validFrom;
    private final @Nullable LocalDate validUntil;
    private final @Nullable String videoUrl;
    private final Instant createdAt;
    @MappedCollection(idColumn = "session_series_id")
    private Set<SeriesException> exceptions;
    @Version
    private @Nullable Long version;

    SessionSeries(UUID id, UUID tenantId, UUID staffId, DayOfWeek weekday, LocalTime startTime, int durationMinutes,
            String zone, LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable String videoUrl,
            Instant createdAt, Set<SeriesException> exceptions, @Nullable Long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.staffId = staffId;
        this.weekday = weekday;
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        this.zone = zone;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.videoUrl = videoUrl;
        this.createdAt = createdAt;
        this.exceptions = exceptions;
        this.version = version;
    }

    public static SessionSeries create(UUID tenantId, UUID staffId, NewSeries series, Instant now) {
        return new SessionSeries(UUID.randomUUID(), tenantId, staffId, series.weekday(), series.time(),
                series.durationMinutes(), series.zoneOrDefault(), series.from(), series.until(),
                blankToNull(series.videoUrl()), now, new HashSet<>(), null);
    }

    /** Whether the series has a session on this date (before exceptions). */
    public boolean occursOn(LocalDate date) {
        return date.getDayOfWeek() == weekday && !date.isBefore(validFrom)
                && (validUntil == null || !date.isAfter(validUntil));
    }

    /** Cancels the session of a date, or moves it when a new start and end are given. */
    public SessionSeries except(LocalDate date, @Nullable Instant movedStart, @Nullable Instant movedEnd) {
        exceptions.removeIf(exception -> exception.originalDate().equals(date));
        exceptions.add(new SeriesException(tenantId, date, movedStart, movedEnd));
        return this;
    }

    /** The dates of the series between two days (inclusive), exceptions not applied. */
    List<LocalDate> dates(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate first = (from.isBefore(validFrom) ? validFrom : from).with(TemporalAdjusters.nextOrSame(weekday));
        LocalDate last = validUntil != null && validUntil.isBefore(to) ? validUntil : to;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusWeeks(1)) {
            dates.add(date);
        }
        return dates;
    }

    /** Start of the session on a date in the series' time zone; DST-safe. */
    Instant startOn(LocalDate date) {
        return date.atTime(startTime).atZone(ZoneId.of(zone)).toInstant();
    }

    Instant endOn(LocalDate date) {
        return date.atTime(startTime).atZone(ZoneId.of(zone)).plusMinutes(durationMinutes).toInstant();
    }

    Optional<SeriesException> exceptionOn(LocalDate date) {
        return exceptions.stream().filter(exception -> exception.originalDate().equals(date)).findFirst();
    }

    public SeriesView view() {
        return new SeriesView(id, weekday, startTime, durationMinutes, zone, validFrom, validUntil, videoUrl,
                exceptions.stream().sorted((a, b) -> a.originalDate().compareTo(b.originalDate()))
                        .map(e -> new SeriesView.ExceptionView(e.originalDate(), e.movedStart() == null,
                                e.movedStart(), e.movedEnd()))
                        .toList());
    }

    UUID id() {
        return id;
    }

    UUID staffId() {
        return staffId;
    }

    DayOfWeek weekday() {
        return weekday;
    }

    LocalTime startTime() {
        return startTime;
    }

    int durationMinutes() {
        return durationMinutes;
    }

    String zone() {
        return zone;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    @Nullable LocalDate validUntil() {
        return validUntil;
    }

    @Nullable String videoUrl() {
        return videoUrl;
    }

    Set<SeriesException> exceptions() {
        return exceptions;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
