package de.lagezentrum.staff.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.search.SearchHit;
import de.lagezentrum.platform.search.SearchSource;
import de.lagezentrum.platform.search.Snippets;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;

/**
 * Finds sessions, agenda items, minutes (notes and decisions) and tasks of the staffs the user belongs to.
 * A session is found by its title, its staff's name, its kind ("Sondersitzung") and its date.
 */
@Component
class StaffSearch implements SearchSource {

    private static final String MEMBER = """
            EXISTS (SELECT 1 FROM staff.staff_member m WHERE m.staff_id = %s AND m.person_id = :personId)""";

    private final JdbcClient jdbc;
    private final DateFormats dates;

    StaffSearch(JdbcClient jdbc, DateFormats dates) {
        this.jdbc = jdbc;
        this.dates = dates;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(CurrentUser user, String query, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        hits.addAll(jdbc.sql("""
                SELECT e.id, e.session_id, e.type, coalesce(e.decision_number, '') AS number,
                       ts_headline('german'::regconfig, e.text || ' ' || coalesce(e.rationale, ''), q, CAST(:options AS text)) AS snippet,
                       ts_rank(to_tsvector('german', e.text || ' ' || coalesce(e.rationale, '')), q) AS rank
                  FROM staff.minute_entry e, websearch_to_tsquery('german'::regconfig, CAST(:query AS text)) q
                 WHERE e.tenant_id = :tenantId AND e.type <> 'TASK'
                   AND to_tsvector('german', e.text || ' ' || coalesce(e.rationale, '')) @@ q
                   AND """ + " " + MEMBER.formatted("e.staff_id") + " ORDER BY rank DESC LIMIT :limit")
                .param("options", Snippets.OPTIONS).param("query", query).param("tenantId", user.tenantId())
                .param("zone", dates.zone(user.tenantId()).getId())
                .param("personId", user.personId()).param("limit", limit)
                .query((rs, row) -> new SearchHit(rs.getString("type").equals("DECISION") ? "decision" : "note",
                        rs.getObject("id", UUID.class), rs.getString("number"),
                        Snippets.html(rs.getString("snippet")), "/sessions/" + rs.getObject("session_id", UUID.class),
                        rs.getDouble("rank")))
                .list());
        hits.addAll(jdbc.sql("""
                SELECT t.id, left(t.text, 80) AS title, ts_headline('german'::regconfig, t.text, q, CAST(:options AS text)) AS snippet,
                       ts_rank(to_tsvector('german', t.text), q) AS rank
                  FROM staff.task t, websearch_to_tsquery('german'::regconfig, CAST(:query AS text)) q
                 WHERE t.tenant_id = :tenantId AND to_tsvector('german', t.text) @@ q
                   AND """ + " " + MEMBER.formatted("t.staff_id") + " ORDER BY rank DESC LIMIT :limit")
                .param("options", Snippets.OPTIONS).param("query", query).param("tenantId", user.tenantId())
                .param("zone", dates.zone(user.tenantId()).getId())
                .param("personId", user.personId()).param("limit", limit)
                .query((rs, row) -> new SearchHit("task", rs.getObject("id", UUID.class), rs.getString("title"),
                        Snippets.html(rs.getString("snippet")), "/tasks", rs.getDouble("rank")))
                .list());
        // The Wiedervorlage is no item of its own content: its tasks are found as tasks.
        hits.addAll(jdbc.sql("""
                SELECT a.id, a.session_id, a.title,
                       ts_headline('german'::regconfig, a.title || ' ' || coalesce(a.topic, ''), q, CAST(:options AS text)) AS snippet,
                       ts_rank(to_tsvector('german', a.title || ' ' || coalesce(a.topic, '')), q) AS rank
                  FROM staff.agenda_item a JOIN staff.session s ON s.id = a.session_id,
                       websearch_to_tsquery('german'::regconfig, CAST(:query AS text)) q
                 WHERE a.tenant_id = :tenantId AND to_tsvector('german', a.title || ' ' || coalesce(a.topic, '')) @@ q
                   AND a.kind <> 'FOLLOW_UP'
                   AND """ + " " + MEMBER.formatted("s.staff_id") + " ORDER BY rank DESC LIMIT :limit")
                .param("options", Snippets.OPTIONS).param("query", query).param("tenantId", user.tenantId())
                .param("zone", dates.zone(user.tenantId()).getId())
                .param("personId", user.personId()).param("limit", limit)
                .query((rs, row) -> new SearchHit("agenda-item", rs.getObject("id", UUID.class), rs.getString("title"),
                        Snippets.html(rs.getString("snippet")), "/sessions/" + rs.getObject("session_id", UUID.class),
                        rs.getDouble("rank")))
                .list());
        hits.addAll(sessions(user, query, limit));
        return hits;
    }

    /**
     * Sessions are few (one a week per staff), so their text is put together per search rather than
     * stored: title, staff name, kind in German words and the local date (dd.mm.yyyy, as people type it).
     */
    private List<SearchHit> sessions(CurrentUser user, String query, int limit) {
        return jdbc.sql("""
                SELECT d.id, d.kind, d.label, ts_headline('german'::regconfig, d.doc, q, CAST(:options AS text)) AS snippet,
                       ts_rank(to_tsvector('german'::regconfig, d.doc), q) AS rank
                  FROM (SELECT s.id, s.kind, s.starts_at,
                               coalesce(s.title, st.name) || ' – '
                                   || to_char(s.starts_at AT TIME ZONE CAST(:zone AS text), 'DD.MM.YYYY HH24:MI') AS label,
                               concat_ws(' ', s.title, st.name,
                                         CASE WHEN s.kind = 'EXTRAORDINARY' THEN 'Sondersitzung' ELSE 'Stabssitzung' END,
                                         CASE WHEN s.status = 'CANCELLED' THEN 'abgesagt' END,
                                         to_char(s.starts_at AT TIME ZONE CAST(:zone AS text), 'DD.MM.YYYY')) AS doc
                          FROM staff.session s JOIN staff.staff st ON st.id = s.staff_id
                         WHERE s.tenant_id = :tenantId AND """ + " " + MEMBER.formatted("s.staff_id") + """
                       ) d, websearch_to_tsquery('german'::regconfig, CAST(:query AS text)) q
                 WHERE to_tsvector('german'::regconfig, d.doc) @@ q
                 ORDER BY rank DESC, d.starts_at DESC LIMIT :limit""")
                .param("options", Snippets.OPTIONS).param("query", query).param("tenantId", user.tenantId())
                .param("zone", dates.zone(user.tenantId()).getId())
                .param("personId", user.personId()).param("limit", limit)
                .query((rs, row) -> new SearchHit(rs.getString("kind").equals("EXTRAORDINARY")
                        ? "extraordinary-session" : "session", rs.getObject("id", UUID.class), rs.getString("label"),
                        Snippets.html(rs.getString("snippet")), "/sessions/" + rs.getObject("id", UUID.class),
                        rs.getDouble("rank")))
                .list();
    }
}
