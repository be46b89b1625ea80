package de.lagezentrum.staff.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.staff.NewSession;
import de.lagezentrum.staff.SessionKind;
import de.lagezentrum.staff.SessionView;

/**
 * Session rows: the occurrences of series (created when first needed, updated when the series gets an
 * exception) and single sessions. Plain SQL; always scoped by tenant.
 */
@Component
public class SessionSchedule {

    private static final String SELECT = """
            SELECT s.id, s.staff_id, s.series_id, s.starts_at, s.ends_at, s.kind, s.status, s.title,
                   coalesce(s.video_url, r.video_url) AS video_url
              FROM staff.session s LEFT JOIN staff.session_series r ON r.id = s.series_id
            """;

    private final JdbcClient jdbc;

    SessionSchedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure every date of the series between the two days has its session row, as the series says now. */
    public void materialise(UUID tenantId, SessionSeries series, LocalDate from, LocalDate to, Instant now) {
        for (LocalDate date : series.dates(from, to)) {
            SeriesException exception = series.exceptionOn(date).orElse(null);
            boolean moved = exception != null && exception.movedStart() != null && exception.movedEnd() != null;
            boolean cancelled = exception != null && !moved;
            Instant start = moved ? exception.movedStart() : series.startOn(date);
            Instant end = moved ? exception.movedEnd() : series.endOn(date);
            jdbc.sql("""
                    INSERT INTO staff.session (id, tenant_id, staff_id, series_id, occurrence_date, starts_at, ends_at,
                                               kind, status, created_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'REGULAR', ?, ?, 0)
                    ON CONFLICT (series_id, occurrence_date) DO UPDATE
                       SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, status = EXCLUDED.status,
                           version = staff.session.version + 1
                     WHERE (staff.session.starts_at, staff.session.ends_at, staff.session.status)
                           IS DISTINCT FROM (EXCLUDED.starts_at, EXCLUDED.ends_at, EXCLUDED.status)""")
                    .params(UUID.randomUUID(), tenantId, series.staffId(), series.id(), date, Timestamp.from(start),
                            Timestamp.from(end), cancelled ? "CANCELLED" : "PLANNED", Timestamp.from(now))
                    .update();
        }
    }

    public UUID insertSingle(UUID tenantId, UUID staffId, NewSession session, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO staff.session (id, tenant_id, staff_id, starts_at, ends_at, kind, title, video_url, status,
                                           created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, 0)""")
                .params(id, tenantId, staffId, Timestamp.from(session.start()), Timestamp.from(session.end()),
                        session.kind().name(), blankToNull(session.title()), blankToNull(session.videoUrl()),
                        Timestamp.from(now))
                .update();
        return id;
    }

    /** Sessions of a staff that overlap the interval, by start. */
    public List<SessionView> between(UUID tenantId, UUID staffId, Instant from, Instant to) {
        return jdbc.sql(SELECT + """
                 WHERE s.tenant_id = ? AND s.staff_id = ? AND s.ends_at > ? AND s.starts_at < ?
                 ORDER BY s.starts_at, s.id""")
                .params(tenantId, staffId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> view(rs))
                .list();
    }

    /** Single sessions of a staff (not from a series), for the calendar. */
    List<SessionView> singles(UUID tenantId, UUID staffId) {
        return jdbc.sql(SELECT + " WHERE s.tenant_id = ? AND s.staff_id = ? AND s.series_id IS NULL ORDER BY s.starts_at")
                .params(tenantId, staffId)
                .query((rs, row) -> view(rs))
                .list();
    }

    public Optional<SessionView> session(UUID tenantId, UUID sessionId) {
        return jdbc.sql(SELECT + " WHERE s.tenant_id = ? AND s.id = ?").params(tenantId, sessionId)
                .query((rs, row) -> view(rs)).optional();
    }

    private static SessionView view(ResultSet rs) throws SQLException {
        return new SessionView(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class),
                rs.getObject("series_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), SessionKind.valueOf(rs.getString("kind")),
                rs.getString("status"), rs.getString("title"), rs.getString("video_url"));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
