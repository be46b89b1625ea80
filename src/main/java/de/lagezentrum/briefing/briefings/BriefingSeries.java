package de.lagezentrum.briefing.briefings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import de.lagezentrum.briefing.BriefingGuest;
import de.lagezentrum.briefing.BriefingSeriesView.ExceptionView;
import de.lagezentrum.briefing.VideoKind;

/**
 * The press office's regular briefings: every week on one weekday at one local time in one time zone, so
 * an 11:00 briefing stays at 11:00 across daylight-saving changes, with dates cancelled or moved. The same
 * rule as a staff's session series (staff.sessions), kept apart because modules share no internals.
 */
@Table(schema = "briefing", name = "briefing_series")
public class BriefingSeries {

    @Id
    private final UUID id;
    private final UUID tenantId;
    private String title;
    private @Nullable String topic;
    private final DayOfWeek weekday;
    private final LocalTime startTime;
    private final int durationMinutes;
    private final String zone;
    private final LocalDate validFrom;
    private @Nullable LocalDate validUntil;
    private @Nullable UUID chairId;
    private @Nullable String videoUrl;
    private final VideoKind videoKind;
    private final Instant createdAt;
    private Instant changedAt;
    @MappedCollection(idColumn = "briefing_series_id", keyColumn = "position")
    private List<SeriesPanelMember> panel;
    @MappedCollection(idColumn = "briefing_series_id", keyColumn = "position")
    private List<SeriesGuest> guests;
    @MappedCollection(idColumn = "briefing_series_id")
    private Set<SeriesException> exceptions;
    @Version
    private @Nullable Long version;

    BriefingSeries(UUID id, UUID tenantId, String title, @Nullable String topic, DayOfWeek weekday, LocalTime startTime,
            int durationMinutes, String zone, LocalDate validFrom, @Nullable LocalDate validUntil,
            @Nullable UUID chairId, @Nullable String videoUrl, VideoKind videoKind, Instant createdAt, Instant changedAt,
            List<SeriesPanelMember> panel, List<SeriesGuest> guests, Set<SeriesException> exceptions,
            @Nullable Long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.title = title;
        this.topic = topic;
        this.weekday = weekday;
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        this.zone = zone;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.chairId = chairId;
        this.videoUrl = videoUrl;
        this.videoKind = videoKind;
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.panel = panel;
        this.guests = guests;
        this.exceptions = exceptions;
        this.version = version;
    }

    public static BriefingSeries create(UUID tenantId, Content content, DayOfWeek weekday, LocalTime time,
            int durationMinutes, ZoneId zone, LocalDate from, @Nullable LocalDate until, Instant now) {
        var series = new BriefingSeries(UUID.randomUUID(), tenantId, content.title(), null, weekday,
                time.withSecond(0).withNano(0), durationMinutes, zone.getId(), from, until, null, null, VideoKind.LINK, now,
                now, new ArrayList<>(), new ArrayList<>(), new HashSet<>(), null);
        return series.revise(content, until, now);
    }

    /** New contents and last date; the rhythm stays. */
    public BriefingSeries revise(Content content, @Nullable LocalDate until, Instant now) {
        title = content.title();
        topic = content.topic();
        chairId = content.chairId();
        videoUrl = content.videoUrl();
        validUntil = until;
        panel = new ArrayList<>(content.panel().stream().map(person -> new SeriesPanelMember(tenantId, person))
                .toList());
        guests = new ArrayList<>(content.guests().stream()
                .map(guest -> new SeriesGuest(tenantId, guest.name(), guest.organisation())).toList());
        changedAt = now;
        return this;
    }

    /** Whether the series has a briefing on this date (before exceptions). */
    public boolean occursOn(LocalDate date) {
        return date.getDayOfWeek() == weekday && !date.isBefore(validFrom)
                && (validUntil == null || !date.isAfter(validUntil));
    }

    /** Cancels the briefing of a date, or moves it when a new start and end are given. */
    public BriefingSeries except(LocalDate date, @Nullable Instant movedStart, @Nullable Instant movedEnd, Instant now) {
        exceptions.removeIf(exception -> exception.originalDate().equals(date));
        exceptions.add(new SeriesException(tenantId, date, movedStart, movedEnd));
        changedAt = now;
        return this;
    }

    /** The date takes place as the rule says again. */
    public BriefingSeries restore(LocalDate date, Instant now) {
        if (exceptions.removeIf(exception -> exception.originalDate().equals(date))) {
            changedAt = now;
        }
        return this;
    }

    /** The dates of the series between two days (inclusive), exceptions not applied. */
    public List<LocalDate> dates(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate first = (from.isBefore(validFrom) ? validFrom : from).with(TemporalAdjusters.nextOrSame(weekday));
        LocalDate last = validUntil != null && validUntil.isBefore(to) ? validUntil : to;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusWeeks(1)) {
            dates.add(date);
        }
        return dates;
    }

    /** Start on a date as the rule says, in the series' zone: 11:00 local in winter and in summer. */
    public ZonedDateTime startOn(LocalDate date) {
        return date.atTime(startTime).atZone(ZoneId.of(zone));
    }

    public ZonedDateTime endOn(LocalDate date) {
        return startOn(date).plusMinutes(durationMinutes);
    }

    /** The first date of the series. */
    public LocalDate firstDate() {
        return validFrom.with(TemporalAdjusters.nextOrSame(weekday));
    }

    public Optional<SeriesException> exceptionOn(LocalDate date) {
        return exceptions.stream().filter(exception -> exception.originalDate().equals(date)).findFirst();
    }

    List<SeriesException> exceptionsByDate() {
        return exceptions.stream().sorted(Comparator.comparing(SeriesException::originalDate)).toList();
    }

    public List<ExceptionView> exceptionViews() {
        return exceptionsByDate().stream().map(exception -> new ExceptionView(exception.originalDate(),
                !exception.moved(), exception.movedStart(), exception.movedEnd())).toList();
    }

    public boolean hasVersion(@Nullable Long expected) {
        return expected == null || expected.equals(version);
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String title() {
        return title;
    }

    public @Nullable String topic() {
        return topic;
    }

    public DayOfWeek weekday() {
        return weekday;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public String zone() {
        return zone;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public @Nullable LocalDate validUntil() {
        return validUntil;
    }

    public @Nullable UUID chairId() {
        return chairId;
    }

    public @Nullable String videoUrl() {
        return videoUrl;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public List<UUID> panel() {
        return panel.stream().map(SeriesPanelMember::personId).toList();
    }

    public List<BriefingGuest> guests() {
        return guests.stream().map(guest -> new BriefingGuest(guest.name(), guest.organisation())).toList();
    }

    /** The state the audit log keeps before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = content().auditState();
        state.put("weekday", weekday.name());
        state.put("time", startTime.toString());
        state.put("durationMinutes", durationMinutes);
        state.put("zone", zone);
        state.put("from", validFrom.toString());
        state.put("until", validUntil == null ? null : validUntil.toString());
        return state;
    }

    public Content content() {
        return new Content(title, topic, chairId, panel(), guests(), videoUrl);
    }
}
