package de.lagezentrum.briefing.briefings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * Which briefings a list shows, by plain SQL (always scoped by tenant); the aggregates are then loaded
 * by id, in that order.
 */
@Component
public class BriefingQueries {

    private final JdbcClient jdbc;
    private final BriefingRepository briefings;

    BriefingQueries(JdbcClient jdbc, BriefingRepository briefings) {
        this.jdbc = jdbc;
        this.briefings = briefings;
    }

    /** One page of the briefings that overlap the interval, by start. */
    public PageResult<Briefing> between(UUID tenantId, Instant from, Instant to, PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM briefing.briefing WHERE tenant_id = ? AND ends_at > ? AND starts_at < ?")
                .params(tenantId, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM briefing.briefing WHERE tenant_id = ? AND ends_at > ? AND starts_at < ?
                 ORDER BY starts_at, id LIMIT ? OFFSET ?""")
                .params(tenantId, Timestamp.from(from), Timestamp.from(to), page.size(), page.offset())
                .query(UUID.class).list();
        return new PageResult<>(load(ids), page.page(), page.size(), total);
    }

    /** The briefings a person chairs or sits on the panel of that have not ended by {@code from}, up to {@code to}. */
    public List<Briefing> involving(UUID tenantId, UUID personId, Instant from, Instant to) {
        return load(jdbc.sql("""
                SELECT b.id FROM briefing.briefing b
                 WHERE b.tenant_id = :tenant AND b.ends_at > :from AND b.starts_at < :to
                   AND (b.chair_id = :person OR EXISTS (SELECT 1 FROM briefing.panel_member p
                                                         WHERE p.briefing_id = b.id AND p.person_id = :person))
                 ORDER BY b.starts_at, b.id""")
                .param("tenant", tenantId).param("person", personId).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).query(UUID.class).list());
    }

    /** The series a person chairs or sits on the panel of. */
    public List<UUID> seriesInvolving(UUID tenantId, UUID personId) {
        return jdbc.sql("""
                SELECT s.id FROM briefing.briefing_series s
                 WHERE s.tenant_id = :tenant
                   AND (s.chair_id = :person OR EXISTS (SELECT 1 FROM briefing.series_panel_member p
                                                         WHERE p.briefing_series_id = s.id AND p.person_id = :person))""")
                .param("tenant", tenantId).param("person", personId).query(UUID.class).list();
    }

    /** Single briefings (not of a series) that end after the instant, by start: the calendar's. */
    public List<Briefing> singlesEndingAfter(UUID tenantId, Instant after) {
        return load(jdbc.sql("""
                SELECT id FROM briefing.briefing WHERE tenant_id = ? AND series_id IS NULL AND ends_at > ?
                 ORDER BY starts_at, id""")
                .params(tenantId, Timestamp.from(after)).query(UUID.class).list());
    }

    /** Planned briefings that start after {@code now} and by {@code until} and whose reminder has not gone out. */
    public List<Briefing> awaitingReminder(UUID tenantId, Instant now, Instant until) {
        return load(jdbc.sql("""
                SELECT b.id FROM briefing.briefing b
                 WHERE b.tenant_id = ? AND b.status = 'PLANNED' AND b.starts_at > ? AND b.starts_at <= ?
                   AND NOT EXISTS (SELECT 1 FROM briefing.reminder r WHERE r.briefing_id = b.id)
                 ORDER BY b.starts_at, b.id""")
                .params(tenantId, Timestamp.from(now), Timestamp.from(until)).query(UUID.class).list());
    }

    /**
     * Records that the reminder of a briefing went out; false when it was recorded already (by another
     * instance, whose row this waits for). The row is the guard: a reminder is sent once.
     */
    public boolean recordReminder(UUID tenantId, UUID briefingId, Instant now, int recipients) {
        return jdbc.sql("""
                INSERT INTO briefing.reminder (briefing_id, tenant_id, sent_at, recipients) VALUES (?, ?, ?, ?)
                ON CONFLICT (briefing_id) DO NOTHING""")
                .params(briefingId, tenantId, Timestamp.from(now), recipients).update() == 1;
    }

    private List<Briefing> load(List<UUID> ids) {
        Map<UUID, Briefing> byId = new HashMap<>();
        briefings.findAllById(ids).forEach(briefing -> byId.put(briefing.id(), briefing));
        List<Briefing> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> {
            Briefing briefing = byId.get(id);
            if (briefing != null) {
                ordered.add(briefing);
            }
        });
        return ordered;
    }
}
