package de.lagezentrum.briefing.press;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.SignLanguageVideo;
import de.lagezentrum.platform.files.FileId;
import de.lagezentrum.platform.files.StoredFile;

/** The table {@code briefing.sign_language_video}: one video per municipality. */
@Component
public class SignLanguageVideoStore {

    private final JdbcClient jdbc;

    SignLanguageVideoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Puts the uploaded file in place of the old one.
     *
     * @return the old file, to be deleted; empty when there was none
     */
    public Optional<FileId> replace(UUID tenantId, StoredFile file, UUID by, Instant now) {
        Optional<FileId> old = jdbc.sql("SELECT file_id FROM briefing.sign_language_video WHERE tenant_id = ? FOR UPDATE")
                .param(tenantId).query((row, number) -> new FileId(row.getObject("file_id", UUID.class))).optional();
        jdbc.sql("""
                INSERT INTO briefing.sign_language_video (tenant_id, file_id, content_type, bytes, uploaded_at, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE
                   SET file_id = EXCLUDED.file_id, content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes,
                       uploaded_at = EXCLUDED.uploaded_at, uploaded_by = EXCLUDED.uploaded_by""")
                .params(tenantId, file.id().value(), file.contentType(), file.bytes(), Timestamp.from(now), by).update();
        return old;
    }

    public Optional<SignLanguageVideo> find(UUID tenantId) {
        return jdbc.sql("SELECT file_id, content_type, bytes, uploaded_at FROM briefing.sign_language_video"
                        + " WHERE tenant_id = ?")
                .param(tenantId).query((row, number) -> new SignLanguageVideo(row.getObject("file_id", UUID.class),
                        row.getString("content_type"),
                        row.getLong("bytes"), row.getTimestamp("uploaded_at").toInstant())).optional();
    }

}
