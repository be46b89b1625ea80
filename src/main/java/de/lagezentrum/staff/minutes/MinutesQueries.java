package de.lagezentrum.staff.minutes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.staff.AgendaItemView;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.EntryView;

/** Read models of agenda items and minutes; always scoped by tenant. */
@Component
public class MinutesQueries {

    private static final String AGENDA = """
            SELECT id, session_id, position, title, topic, presenter_id, proposed_by, status, kind FROM staff.agenda_item
            """;
    private static final String ENTRY = """
            SELECT e.id, e.session_id, e.agenda_item_id, e.type, e.text, e.rationale, e.decision_number, t.id AS task_id,
                   e.recorded_by, e.recorded_at, e.version
              FROM staff.minute_entry e LEFT JOIN staff.task t ON t.entry_id = e.id
            """;

    private final JdbcClient jdbc;

    MinutesQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgendaItemView> agendaItem(UUID tenantId, UUID id) {
        return jdbc.sql(AGENDA + " WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query((rs, row) -> agendaItem(rs)).optional();
    }

    public List<AgendaItemView> agenda(UUID tenantId, UUID sessionId) {
        return jdbc.sql(AGENDA + " WHERE tenant_id = ? AND session_id = ? ORDER BY position, id")
                .params(tenantId, sessionId).query((rs, row) -> agendaItem(rs)).list();
    }

    public Optional<EntryView> entry(UUID tenantId, UUID id) {
        return jdbc.sql(ENTRY + " WHERE e.tenant_id = ? AND e.id = ?").params(tenantId, id)
                .query((rs, row) -> entry(rs)).optional();
    }

    public List<EntryView> entries(UUID tenantId, UUID sessionId) {
        return jdbc.sql(ENTRY + " WHERE e.tenant_id = ? AND e.session_id = ? ORDER BY e.recorded_at, e.id")
                .params(tenantId, sessionId).query((rs, row) -> entry(rs)).list();
    }

    private static AgendaItemView agendaItem(ResultSet rs) throws SQLException {
        return new AgendaItemView(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getInt("position"), rs.getString("title"), rs.getString("topic"),
                rs.getObject("presenter_id", UUID.class), rs.getObject("proposed_by", UUID.class), rs.getString("status"),
                rs.getString("kind"), List.of());
    }

    private static EntryView entry(ResultSet rs) throws SQLException {
        return new EntryView(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getObject("agenda_item_id", UUID.class), EntryType.valueOf(rs.getString("type")), rs.getString("text"),
                rs.getString("rationale"), rs.getString("decision_number"), rs.getObject("task_id", UUID.class),
                rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant(), rs.getLong("version"));
    }
}
