package de.lagezentrum.briefing.press;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.PressReleaseStatus;

/** The table {@code briefing.press_release}, always by tenant. */
@Component
public class PressReleaseStore {

    private static final String COLUMNS = "id, title, body, briefing_id, status, published_at, withdrawn_at,"
            + " withdraw_reason, changed_at, version";

    private final JdbcClient jdbc;

    PressReleaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID tenantId, UUID id, String title, String body, @Nullable UUID briefingId, Instant now) {
        jdbc.sql("""
                INSERT INTO briefing.press_release (id, tenant_id, title, body, briefing_id, status, created_at, changed_at)
                VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(id, tenantId, title, body, briefingId, Timestamp.from(now), Timestamp.from(now)).update();
    }

    /** New text; false when the release changed since {@code version}. */
    public boolean revise(UUID tenantId, UUID id, String title, String body, @Nullable UUID briefingId, long version,
            Instant now) {
        return jdbc.sql("""
                UPDATE briefing.press_release SET title = ?, body = ?, briefing_id = ?, changed_at = ?, version = version + 1
                 WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(title, body, briefingId, Timestamp.from(now), tenantId, id, version).update() == 1;
    }

    /** Makes it public from now on (again, if it was withdrawn); false when it already was. */
    public boolean publish(UUID tenantId, UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE briefing.press_release
                   SET status = 'PUBLISHED', published_at = ?, withdrawn_at = NULL, withdraw_reason = NULL,
                       changed_at = ?, version = version + 1
                 WHERE tenant_id = ? AND id = ? AND status <> 'PUBLISHED'""")
                .params(Timestamp.from(now), Timestamp.from(now), tenantId, id).update() == 1;
    }

    /** Takes a public one back; false when it was not public. */
    public boolean withdraw(UUID tenantId, UUID id, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE briefing.press_release
                   SET status = 'WITHDRAWN', withdrawn_at = ?, withdraw_reason = ?, changed_at = ?, version = version + 1
                 WHERE tenant_id = ? AND id = ? AND status = 'PUBLISHED'""")
                .params(Timestamp.from(now), reason, Timestamp.from(now), tenantId, id).update() == 1;
    }

    public Optional<StoredPressRelease> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.press_release WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(PressReleaseStore::stored).optional();
    }

    /** Every release, last changed first. */
    public List<StoredPressRelease> all(UUID tenantId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.press_release WHERE tenant_id = ?"
                + " ORDER BY changed_at DESC LIMIT ?").params(tenantId, limit).query(PressReleaseStore::stored).list();
    }

    /** The public releases, newest first. */
    public List<StoredPressRelease> publicOnes(UUID tenantId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.press_release WHERE tenant_id = ? AND status = 'PUBLISHED'"
                + " ORDER BY published_at DESC LIMIT ?").params(tenantId, limit).query(PressReleaseStore::stored).list();
    }

    private static StoredPressRelease stored(ResultSet row, int number) throws SQLException {
        return new StoredPressRelease(row.getObject("id", UUID.class), row.getString("title"), row.getString("body"),
                row.getObject("briefing_id", UUID.class), PressReleaseStatus.valueOf(row.getString("status")),
                instant(row.getTimestamp("published_at")), instant(row.getTimestamp("withdrawn_at")),
                row.getString("withdraw_reason"), row.getTimestamp("changed_at").toInstant(), row.getLong("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A row of the table. */
    public record StoredPressRelease(UUID id, String title, String body, @Nullable UUID briefingId,
            PressReleaseStatus status, @Nullable Instant publishedAt, @Nullable Instant withdrawnAt,
            @Nullable String withdrawReason, Instant changedAt, long version) {
    }
}
