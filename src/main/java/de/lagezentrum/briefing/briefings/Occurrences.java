package de.lagezentrum.briefing.briefings;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.BriefingPlanned;
import de.lagezentrum.briefing.BriefingStatus;

/**
 * The dates of a series as briefing rows: created when first needed with the series' contents (title,
 * chair, panel, guests, video link), then with their own; their time and status follow the series' rule
 * and exceptions each time they are made sure of. Plain SQL, always scoped by tenant; a new row announces
 * itself with {@link BriefingPlanned}.
 */
@Component
public class Occurrences {

    private final JdbcClient jdbc;
    private final BriefingSeriesRepository allSeries;
    private final ApplicationEventPublisher events;

    Occurrences(JdbcClient jdbc, BriefingSeriesRepository allSeries, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.allSeries = allSeries;
        this.events = events;
    }

    /** Makes sure every series of the municipality has its briefing rows between the two days. */
    public void materialiseAll(UUID tenantId, LocalDate from, LocalDate to, Instant now) {
        allSeries.findByTenantIdOrderByCreatedAt(tenantId).forEach(each -> materialise(each, from, to, now));
    }

    /** The same for the series whose briefings the person chairs or sits on the panel of. */
    public void materialiseInvolving(UUID tenantId, List<UUID> seriesIds, LocalDate from, LocalDate to,
            Instant now) {
        allSeries.findAllById(seriesIds).stream().filter(each -> each.tenantId().equals(tenantId))
                .forEach(each -> materialise(each, from, to, now));
    }

    /** Makes sure every date of the series between the two days has its briefing row, as the series says now. */
    public void materialise(BriefingSeries series, LocalDate from, LocalDate to, Instant now) {
        for (LocalDate date : series.dates(from, to)) {
            SeriesException exception = series.exceptionOn(date).orElse(null);
            boolean moved = exception != null && exception.moved();
            Instant start = moved ? exception.movedStart() : series.startOn(date).toInstant();
            Instant end = moved ? exception.movedEnd() : series.endOn(date).toInstant();
            BriefingStatus status = exception != null && !moved ? BriefingStatus.CANCELLED : BriefingStatus.PLANNED;
            UUID id = UUID.randomUUID();
            Boolean inserted = jdbc.sql("""
                    INSERT INTO briefing.briefing AS b (id, tenant_id, series_id, occurrence_date, title, topic,
                                starts_at, ends_at, chair_id, video_url, video_kind, status, created_at, changed_at, version)
                    SELECT ?, s.tenant_id, s.id, ?, s.title, s.topic, ?, ?, s.chair_id, s.video_url, s.video_kind, ?,
                           ?, ?, 0
                      FROM briefing.briefing_series s WHERE s.id = ? AND s.tenant_id = ?
                    ON CONFLICT (series_id, occurrence_date) DO UPDATE
                       SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, status = EXCLUDED.status,
                           cancel_reason = CASE WHEN EXCLUDED.status = 'PLANNED' THEN NULL ELSE b.cancel_reason END,
                           changed_at = EXCLUDED.changed_at, version = b.version + 1
                     WHERE (b.starts_at, b.ends_at, b.status) IS DISTINCT FROM
                           (EXCLUDED.starts_at, EXCLUDED.ends_at, EXCLUDED.status)
                    RETURNING (xmax = 0) AS inserted""")
                    .params(id, date, Timestamp.from(start), Timestamp.from(end), status.name(), Timestamp.from(now),
                            Timestamp.from(now), series.id(), series.tenantId())
                    .query(Boolean.class).optional().orElse(false);
            if (inserted) {
                copyPanelAndGuests(series, id);
                events.publishEvent(new BriefingPlanned(series.tenantId(), id, series.id()));
            }
        }
    }

    /** The briefing row of a date of the series, made sure of first. */
    public UUID materialise(BriefingSeries series, LocalDate date, Instant now) {
        materialise(series, date, date, now);
        return jdbc.sql("SELECT id FROM briefing.briefing WHERE tenant_id = ? AND series_id = ? AND occurrence_date = ?")
                .params(series.tenantId(), series.id(), date).query(UUID.class).single();
    }

    /**
     * Hands the series' new contents to its dates that have not begun yet, and cancels those after its
     * new last date: what the press office changes on a series holds from now on, not for the past.
     */
    public void applyToFuture(BriefingSeries series, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                UPDATE briefing.briefing SET title = ?, topic = ?, chair_id = ?, video_url = ?, changed_at = ?,
                       version = version + 1
                 WHERE tenant_id = ? AND series_id = ? AND starts_at > ?""")
                .params(series.title(), series.topic(), series.chairId(), series.videoUrl(), at, series.tenantId(),
                        series.id(), at)
                .update();
        String future = "SELECT id FROM briefing.briefing WHERE tenant_id = :tenant AND series_id = :series AND starts_at > :now";
        jdbc.sql("DELETE FROM briefing.panel_member WHERE briefing_id IN (" + future + ")")
                .param("tenant", series.tenantId()).param("series", series.id()).param("now", at).update();
        jdbc.sql("DELETE FROM briefing.guest WHERE briefing_id IN (" + future + ")")
                .param("tenant", series.tenantId()).param("series", series.id()).param("now", at).update();
        jdbc.sql("""
                INSERT INTO briefing.panel_member (briefing_id, tenant_id, position, person_id)
                SELECT b.id, p.tenant_id, p.position, p.person_id
                  FROM briefing.briefing b JOIN briefing.series_panel_member p ON p.briefing_series_id = b.series_id
                 WHERE b.tenant_id = ? AND b.series_id = ? AND b.starts_at > ?""")
                .params(series.tenantId(), series.id(), at).update();
        jdbc.sql("""
                INSERT INTO briefing.guest (briefing_id, tenant_id, position, name, organisation)
                SELECT b.id, g.tenant_id, g.position, g.name, g.organisation
                  FROM briefing.briefing b JOIN briefing.series_guest g ON g.briefing_series_id = b.series_id
                 WHERE b.tenant_id = ? AND b.series_id = ? AND b.starts_at > ?""")
                .params(series.tenantId(), series.id(), at).update();
        if (series.validUntil() != null) {
            jdbc.sql("""
                    UPDATE briefing.briefing SET status = 'CANCELLED', changed_at = ?, version = version + 1
                     WHERE tenant_id = ? AND series_id = ? AND occurrence_date > ? AND status <> 'CANCELLED'""")
                    .params(at, series.tenantId(), series.id(), series.validUntil()).update();
        }
    }

    private void copyPanelAndGuests(BriefingSeries series, UUID briefingId) {
        jdbc.sql("""
                INSERT INTO briefing.panel_member (briefing_id, tenant_id, position, person_id)
                SELECT ?, tenant_id, position, person_id FROM briefing.series_panel_member WHERE briefing_series_id = ?""")
                .params(briefingId, series.id()).update();
        jdbc.sql("""
                INSERT INTO briefing.guest (briefing_id, tenant_id, position, name, organisation)
                SELECT ?, tenant_id, position, name, organisation FROM briefing.series_guest WHERE briefing_series_id = ?""")
                .params(briefingId, series.id()).update();
    }
}
