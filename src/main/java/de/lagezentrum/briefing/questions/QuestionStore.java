package de.lagezentrum.briefing.questions;

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

import de.lagezentrum.briefing.QuestionStatus;
import de.lagezentrum.briefing.QuestionView;

/** The table {@code briefing.question}, always by municipality and briefing. */
@Component
public class QuestionStore {

    private static final String SELECT = """
            SELECT q.id, q.briefing_id, q.author_id, q.author_name, q.text, q.status, q.asked_at, q.assignee_id,
                   q.rejection_reason, q.merged_into, q.answering_started_at, q.answer, q.answered_at, q.version,
                   l.text AS lead_text, l.status AS lead_status, l.answer AS lead_answer
            FROM briefing.question q LEFT JOIN briefing.question l ON l.id = q.merged_into
            WHERE q.tenant_id = ? AND q.briefing_id = ?""";

    private final JdbcClient jdbc;

    QuestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID tenantId, UUID id, UUID briefingId, UUID authorId, String authorName, String text,
            Instant now) {
        jdbc.sql("""
                INSERT INTO briefing.question (id, tenant_id, briefing_id, author_id, author_name, text, status,
                    asked_at, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                .params(id, tenantId, briefingId, authorId, authorName, text, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    public Optional<QuestionView> find(UUID tenantId, UUID briefingId, UUID id) {
        return jdbc.sql(SELECT + " AND q.id = ?").params(tenantId, briefingId, id).query(QuestionStore::view)
                .optional();
    }

    /** Every question of the briefing, in the order asked. */
    public List<QuestionView> all(UUID tenantId, UUID briefingId) {
        return jdbc.sql(SELECT + " ORDER BY q.asked_at, q.id").params(tenantId, briefingId)
                .query(QuestionStore::view).list();
    }

    /** The questions of one author, in the order asked. */
    public List<QuestionView> byAuthor(UUID tenantId, UUID briefingId, UUID authorId) {
        return jdbc.sql(SELECT + " AND q.author_id = ? ORDER BY q.asked_at, q.id").params(tenantId, briefingId, authorId)
                .query(QuestionStore::view).list();
    }

    /** The answered questions, in the order their answers began (or were given). */
    public List<QuestionView> answered(UUID tenantId, UUID briefingId) {
        return jdbc.sql(SELECT + " AND q.status = 'ANSWERED'"
                        + " ORDER BY coalesce(q.answering_started_at, q.answered_at), q.id")
                .params(tenantId, briefingId).query(QuestionStore::view).list();
    }

    /** The question being answered now, if one is. */
    public Optional<UUID> answering(UUID tenantId, UUID briefingId) {
        return jdbc.sql("SELECT id FROM briefing.question WHERE tenant_id = ? AND briefing_id = ? AND status = 'ANSWERING'")
                .params(tenantId, briefingId).query(UUID.class).optional();
    }

    /** Writes a question's new state if it still has the version it was read in; false otherwise. */
    public boolean update(UUID tenantId, QuestionView changed, Instant now) {
        return jdbc.sql("""
                UPDATE briefing.question SET status = ?, assignee_id = ?, rejection_reason = ?, merged_into = ?,
                    answering_started_at = ?, answer = ?, answered_at = ?, changed_at = ?, version = version + 1
                WHERE tenant_id = ? AND briefing_id = ? AND id = ? AND version = ?""")
                .params(changed.status().name(), changed.assigneeId(), changed.rejectionReason(),
                        changed.lead() == null ? null : changed.lead().id(), timestamp(changed.answeringStartedAt()),
                        changed.answer(), timestamp(changed.answeredAt()), Timestamp.from(now), tenantId,
                        changed.briefingId(), changed.id(), changed.version())
                .update() == 1;
    }

    /** Counts the lead's version up if it is still in that version and no duplicate itself; false otherwise. */
    public boolean keepAsLead(UUID tenantId, UUID briefingId, UUID leadId, long version, Instant now) {
        return jdbc.sql("""
                UPDATE briefing.question SET version = version + 1, changed_at = ?
                WHERE tenant_id = ? AND briefing_id = ? AND id = ? AND version = ? AND status <> 'MERGED'""")
                .params(Timestamp.from(now), tenantId, briefingId, leadId, version).update() == 1;
    }

    /** The duplicates merged into one question now point to another lead; their ids. */
    public List<UUID> repoint(UUID tenantId, UUID briefingId, UUID from, UUID to, Instant now) {
        return jdbc.sql("""
                UPDATE briefing.question SET merged_into = ?, changed_at = ?, version = version + 1
                WHERE tenant_id = ? AND briefing_id = ? AND merged_into = ? RETURNING id""")
                .params(to, Timestamp.from(now), tenantId, briefingId, from).query(UUID.class).list();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static QuestionView view(ResultSet row, int number) throws SQLException {
        UUID leadId = row.getObject("merged_into", UUID.class);
        QuestionView.Lead lead = leadId == null ? null : new QuestionView.Lead(leadId, row.getString("lead_text"),
                QuestionStatus.valueOf(row.getString("lead_status")), row.getString("lead_answer"));
        return new QuestionView(row.getObject("id", UUID.class), row.getObject("briefing_id", UUID.class),
                row.getObject("author_id", UUID.class), row.getString("author_name"), row.getString("text"),
                QuestionStatus.valueOf(row.getString("status")), row.getTimestamp("asked_at").toInstant(),
                row.getObject("assignee_id", UUID.class), row.getString("rejection_reason"), lead,
                instant(row, "answering_started_at"), row.getString("answer"), instant(row, "answered_at"),
                row.getLong("version"));
    }
}
