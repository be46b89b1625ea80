package de.lagezentrum.platform.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The metadata of stored files in {@code platform.stored_file}; callers provide the transaction. */
final class StoredFiles {

    private final JdbcClient jdbc;

    StoredFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredFile file) {
        jdbc.sql("""
                INSERT INTO platform.stored_file (id, tenant_id, content_type, bytes, sha256, original_name, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(file.id().value(), file.tenantId(), file.contentType(), file.bytes(), file.sha256(),
                        file.originalName(), Timestamp.from(file.createdAt()))
                .update();
    }

    Optional<StoredFile> find(UUID tenantId, FileId id) {
        return jdbc.sql("""
                SELECT id, tenant_id, content_type, bytes, sha256, original_name, created_at FROM platform.stored_file
                 WHERE tenant_id = ? AND id = ?""")
                .params(tenantId, id.value())
                .query((rs, row) -> file(rs))
                .optional();
    }

    boolean delete(UUID tenantId, FileId id) {
        return jdbc.sql("DELETE FROM platform.stored_file WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id.value()).update() > 0;
    }

    private static StoredFile file(ResultSet rs) throws SQLException {
        return new StoredFile(new FileId(rs.getObject("id", UUID.class)), rs.getObject("tenant_id", UUID.class),
                rs.getString("content_type"), rs.getLong("bytes"), rs.getString("sha256"),
                rs.getString("original_name"), rs.getTimestamp("created_at").toInstant());
    }
}
