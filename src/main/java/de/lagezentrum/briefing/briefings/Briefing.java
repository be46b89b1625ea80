package de.lagezentrum.briefing.briefings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import de.lagezentrum.briefing.BriefingGuest;
import de.lagezentrum.briefing.BriefingStatus;
import de.lagezentrum.briefing.VideoKind;

/**
 * One briefing: a single one, or a date of a series (which then carries the series and its date, and
 * whose time and status follow the series' rule and exceptions, see {@link Occurrences}).
 */
@Table(schema = "briefing", name = "briefing")
public class Briefing {

    @Id
    private final UUID id;
    private final UUID tenantId;
    private final @Nullable UUID seriesId;
    private final @Nullable LocalDate occurrenceDate;
    private String title;
    private @Nullable String topic;
    private Instant startsAt;
    private Instant endsAt;
    private @Nullable UUID chairId;
    private @Nullable String videoUrl;
    private final VideoKind videoKind;
    private BriefingStatus status;
    private @Nullable String cancelReason;
    private final @Nullable Instant publishedAt;
    private final Instant createdAt;
    private Instant changedAt;
    @MappedCollection(idColumn = "briefing_id", keyColumn = "position")
    private List<PanelMember> panel;
    @MappedCollection(idColumn = "briefing_id", keyColumn = "position")
    private List<Guest> guests;
    @Version
    private @Nullable Long version;

    Briefing(UUID id, UUID tenantId, @Nullable UUID seriesId, @Nullable LocalDate occurrenceDate, String title,
            @Nullable String topic, Instant startsAt, Instant endsAt, @Nullable UUID chairId, @Nullable String videoUrl,
            VideoKind videoKind, BriefingStatus status, @Nullable String cancelReason, @Nullable Instant publishedAt,
            Instant createdAt, Instant changedAt, List<PanelMember> panel, List<Guest> guests,
            @Nullable Long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.seriesId = seriesId;
        this.occurrenceDate = occurrenceDate;
        this.title = title;
        this.topic = topic;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.chairId = chairId;
        this.videoUrl = videoUrl;
        this.videoKind = videoKind;
        this.status = status;
        this.cancelReason = cancelReason;
        this.publishedAt = publishedAt;
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.panel = panel;
        this.guests = guests;
        this.version = version;
    }

    /** A single briefing, planned. */
    public static Briefing single(UUID tenantId, Content content, Instant start, Instant end, Instant now) {
        var briefing = new Briefing(UUID.randomUUID(), tenantId, null, null, content.title(), null, start, end, null,
                null, VideoKind.LINK, BriefingStatus.PLANNED, null, null, now, now, new ArrayList<>(), new ArrayList<>(),
                null);
        return briefing.revise(content, now);
    }

    /** New contents; the time stays (a date of a series moves through its series). */
    public Briefing revise(Content content, Instant now) {
        title = content.title();
        topic = content.topic();
        chairId = content.chairId();
        videoUrl = content.videoUrl();
        panel = new ArrayList<>(content.panel().stream().map(person -> new PanelMember(tenantId, person)).toList());
        guests = new ArrayList<>(content.guests().stream()
                .map(guest -> new Guest(tenantId, guest.name(), guest.organisation())).toList());
        changedAt = now;
        return this;
    }

    /** A single briefing's new time. */
    public Briefing reschedule(Instant start, Instant end, Instant now) {
        startsAt = start;
        endsAt = end;
        changedAt = now;
        return this;
    }

    /** Calls a single briefing off; calling it off again only changes the reason. */
    public Briefing cancel(@Nullable String reason, Instant now) {
        status = BriefingStatus.CANCELLED;
        cancelReason = reason;
        changedAt = now;
        return this;
    }

    /** A cancelled single briefing takes place after all. */
    public Briefing reinstate(Instant now) {
        status = BriefingStatus.PLANNED;
        cancelReason = null;
        changedAt = now;
        return this;
    }

    /** Whether the version is the one stored (null: the caller does not say which it edited). */
    public boolean hasVersion(@Nullable Long expected) {
        return expected == null || expected.equals(version);
    }

    public boolean inSeries() {
        return seriesId != null;
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public @Nullable UUID seriesId() {
        return seriesId;
    }

    public @Nullable LocalDate occurrenceDate() {
        return occurrenceDate;
    }

    public String title() {
        return title;
    }

    public @Nullable String topic() {
        return topic;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public @Nullable UUID chairId() {
        return chairId;
    }

    public @Nullable String videoUrl() {
        return videoUrl;
    }

    public BriefingStatus status() {
        return status;
    }

    public @Nullable String cancelReason() {
        return cancelReason;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public List<UUID> panel() {
        return panel.stream().map(PanelMember::personId).toList();
    }

    public List<BriefingGuest> guests() {
        return guests.stream().map(guest -> new BriefingGuest(guest.name(), guest.organisation())).toList();
    }

    /** The state the audit log keeps before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = content().auditState();
        state.put("start", startsAt.toString());
        state.put("end", endsAt.toString());
        state.put("status", status.name());
        state.put("cancelReason", cancelReason);
        return state;
    }

    /** What it announces, as a series date's edit starts from. */
    public Content content() {
        return new Content(title, topic, chairId, panel(), guests(), videoUrl);
    }
}
