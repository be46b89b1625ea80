package de.lagezentrum.live.ideas;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.live.IdeaKind;
import de.lagezentrum.live.IdeaView;

/** The table {@code live.idea}. */
@Component
public class IdeaStore {

    private static final String COLUMNS = "id, kind, source_id, text, transferred_to, marked_at";

    private final JdbcClient jdbc;

    IdeaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks a source as an idea; {@code false} if it is one already (the caller reads that one). */
    public boolean insert(UUID tenantId, UUID id, UUID eventId, IdeaKind kind, UUID sourceId, String text,
            UUID markedBy, Instant now) {
        return jdbc.sql("""
                INSERT INTO live.idea (id, tenant_id, event_id, kind, source_id, text, marked_by, marked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, kind, source_id) DO NOTHING""")
                .params(id, tenantId, eventId, kind.name(), sourceId, text, markedBy, Timestamp.from(now))
                .update() == 1;
    }

    public Optional<IdeaView> bySource(UUID tenantId, UUID eventId, IdeaKind kind, UUID sourceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM live.idea WHERE tenant_id = ? AND event_id = ? AND kind = ? AND source_id = ?")
                .params(tenantId, eventId, kind.name(), sourceId).query(IdeaStore::idea).optional();
    }

    public Optional<IdeaView> find(UUID tenantId, UUID eventId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM live.idea WHERE tenant_id = ? AND event_id = ? AND id = ?")
                .params(tenantId, eventId, id).query(IdeaStore::idea).optional();
    }

    /** The event's ideas in the order they were marked. */
    public List<IdeaView> ofEvent(UUID tenantId, UUID eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM live.idea WHERE tenant_id = ? AND event_id = ? ORDER BY marked_at, id")
                .params(tenantId, eventId).query(IdeaStore::idea).list();
    }

    public boolean delete(UUID tenantId, UUID eventId, UUID id) {
        return jdbc.sql("DELETE FROM live.idea WHERE tenant_id = ? AND event_id = ? AND id = ?")
                .params(tenantId, eventId, id).update() == 1;
    }

    private static IdeaView idea(ResultSet row, int n) throws SQLException {
        return new IdeaView(row.getObject("id", UUID.class), IdeaKind.valueOf(row.getString("kind")),
                row.getObject("source_id", UUID.class), row.getString("text"),
                row.getObject("transferred_to", UUID.class), row.getTimestamp("marked_at").toInstant());
    }
}
