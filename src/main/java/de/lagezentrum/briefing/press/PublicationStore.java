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

/**
 * The table {@code briefing.briefing_publication}, always by tenant. Publishing also sets the briefing's
 * own {@code published_at} (and counts its version up, so an edit of the briefing begun before cannot
 * write the old value back), which the briefing views show.
 */
@Component
public class PublicationStore {

    private static final String COLUMNS = "briefing_id, summary, published_at, changed_at, withdrawn_at,"
            + " withdraw_reason";

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredPublication> find(UUID tenantId, UUID briefingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.briefing_publication WHERE tenant_id = ? AND briefing_id = ?")
                .params(tenantId, briefingId).query(PublicationStore::stored).optional();
    }

    /** Whether the briefing's material is public now. */
    public boolean isPublic(UUID tenantId, UUID briefingId) {
        return jdbc.sql("""
                SELECT count(*) FROM briefing.briefing_publication
                 WHERE tenant_id = ? AND briefing_id = ? AND withdrawn_at IS NULL""")
                .params(tenantId, briefingId).query(Long.class).single() > 0;
    }

    /** The public publications, newest first. */
    public List<StoredPublication> publicOnes(UUID tenantId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.briefing_publication"
                + " WHERE tenant_id = ? AND withdrawn_at IS NULL ORDER BY published_at DESC LIMIT ?")
                .params(tenantId, limit).query(PublicationStore::stored).list();
    }

    /**
     * Publishes, or revises the summary of a public one; a withdrawn one goes public again from now.
     *
     * @return the publication time
     */
    public Instant publish(UUID tenantId, UUID briefingId, String summary, UUID by, Instant now) {
        Instant publishedAt = jdbc.sql("""
                INSERT INTO briefing.briefing_publication AS p
                       (briefing_id, tenant_id, summary, published_at, published_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (briefing_id) DO UPDATE
                   SET summary = EXCLUDED.summary, published_by = EXCLUDED.published_by,
                       changed_at = EXCLUDED.changed_at,
                       published_at = CASE WHEN p.withdrawn_at IS NULL THEN p.published_at ELSE EXCLUDED.published_at END,
                       withdrawn_at = NULL, withdraw_reason = NULL
                RETURNING published_at""")
                .params(briefingId, tenantId, summary, Timestamp.from(now), by, Timestamp.from(now))
                .query(Timestamp.class).single().toInstant();
        markBriefing(tenantId, briefingId, publishedAt);
        return publishedAt;
    }

    /** Takes a public one back; false when it was not public. */
    public boolean withdraw(UUID tenantId, UUID briefingId, String reason, Instant now) {
        boolean changed = jdbc.sql("""
                UPDATE briefing.briefing_publication SET withdrawn_at = ?, withdraw_reason = ?, changed_at = ?
                 WHERE tenant_id = ? AND briefing_id = ? AND withdrawn_at IS NULL""")
                .params(Timestamp.from(now), reason, Timestamp.from(now), tenantId, briefingId).update() == 1;
        if (changed) {
            markBriefing(tenantId, briefingId, null);
        }
        return changed;
    }

    private void markBriefing(UUID tenantId, UUID briefingId, @Nullable Instant publishedAt) {
        jdbc.sql("UPDATE briefing.briefing SET published_at = ?, version = version + 1 WHERE tenant_id = ? AND id = ?")
                .params(publishedAt == null ? null : Timestamp.from(publishedAt), tenantId, briefingId).update();
    }

    private static StoredPublication stored(ResultSet row, int number) throws SQLException {
        Timestamp withdrawn = row.getTimestamp("withdrawn_at");
        return new StoredPublication(row.getObject("briefing_id", UUID.class), row.getString("summary"),
                row.getTimestamp("published_at").toInstant(), row.getTimestamp("changed_at").toInstant(),
                withdrawn == null ? null : withdrawn.toInstant(), row.getString("withdraw_reason"));
    }

    /** A row of the table. */
    public record StoredPublication(UUID briefingId, String summary, Instant publishedAt, Instant changedAt,
            @Nullable Instant withdrawnAt, @Nullable String withdrawReason) {
    }
}
