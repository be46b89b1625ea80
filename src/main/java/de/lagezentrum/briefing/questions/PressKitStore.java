package de.lagezentrum.briefing.questions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.PressKitItem;
import de.lagezentrum.platform.files.StoredFile;

/** The table {@code briefing.press_kit_item}, always by municipality and briefing. */
@Component
public class PressKitStore {

    private static final String SELECT = "SELECT id, briefing_id, title, file_name, content_type, bytes, added_at,"
            + " file_id FROM briefing.press_kit_item WHERE tenant_id = ? AND briefing_id = ?";

    private final JdbcClient jdbc;

    PressKitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PressKitItem insert(UUID tenantId, UUID briefingId, String title, StoredFile file, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO briefing.press_kit_item (id, tenant_id, briefing_id, title, file_id, file_name,
                    content_type, bytes, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, briefingId, title, file.id().value(), file.originalName(), file.contentType(),
                        file.bytes(), Timestamp.from(now))
                .update();
        return new PressKitItem(id, briefingId, title, file.originalName(), file.contentType(), file.bytes(), now);
    }

    /** The briefing's documents in the order they were added. */
    public List<PressKitItem> items(UUID tenantId, UUID briefingId) {
        return jdbc.sql(SELECT + " ORDER BY added_at, id").params(tenantId, briefingId)
                .query(PressKitStore::item).list();
    }

    /** The file of one document of the briefing. */
    public Optional<UUID> fileOf(UUID tenantId, UUID briefingId, UUID id) {
        return jdbc.sql("SELECT file_id FROM briefing.press_kit_item WHERE tenant_id = ? AND briefing_id = ? AND id = ?")
                .params(tenantId, briefingId, id).query(UUID.class).optional();
    }

    public Optional<PressKitItem> find(UUID tenantId, UUID briefingId, UUID id) {
        return jdbc.sql(SELECT + " AND id = ?").params(tenantId, briefingId, id).query(PressKitStore::item).optional();
    }

    public void delete(UUID tenantId, UUID briefingId, UUID id) {
        jdbc.sql("DELETE FROM briefing.press_kit_item WHERE tenant_id = ? AND briefing_id = ? AND id = ?")
                .params(tenantId, briefingId, id).update();
    }

    private static PressKitItem item(ResultSet row, int number) throws SQLException {
        return new PressKitItem(row.getObject("id", UUID.class), row.getObject("briefing_id", UUID.class),
                row.getString("title"), row.getString("file_name"), row.getString("content_type"),
                row.getLong("bytes"), row.getTimestamp("added_at").toInstant());
    }
}
