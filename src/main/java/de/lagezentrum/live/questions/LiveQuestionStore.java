package de.lagezentrum.live.questions;

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

import de.lagezentrum.live.LiveQuestionSort;
import de.lagezentrum.live.LiveQuestionStatus;

/**
 * The tables {@code live.question} and {@code live.question_upvote}, always by municipality. Upvotes are
 * counted from their rows when read.
 */
@Component
public class LiveQuestionStore {

    /** Nobody: the viewer of the team's list, who has neither questions nor upvotes of their own. */
    public static final UUID NOBODY = new UUID(0, 0);

    private static final String SELECT = """
            SELECT q.id, q.event_id, q.participant_id, q.author_name, q.text, q.status, q.flagged, q.merged_into,
                   l.text AS lead_text, q.asked_at, q.version,
                   (SELECT count(*) FROM live.question_upvote u WHERE u.question_id = q.id) AS upvotes,
                   EXISTS (SELECT 1 FROM live.question_upvote u WHERE u.question_id = q.id AND u.participant_id = ?)
                       AS upvoted
            FROM live.question q LEFT JOIN live.question l ON l.id = q.merged_into
            WHERE q.tenant_id = ?""";

    private final JdbcClient jdbc;

    LiveQuestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A question's row; {@code upvoted} for the participant it was read for. */
    public record QuestionRow(UUID id, UUID eventId, UUID participantId, @Nullable String authorName, String text,
            LiveQuestionStatus status, boolean flagged, @Nullable UUID mergedInto, @Nullable String leadText,
            Instant askedAt, long version, long upvotes, boolean upvoted) {
    }

    public void insert(UUID tenantId, UUID id, UUID eventId, UUID participantId, @Nullable String authorName,
            String text, LiveQuestionStatus status, boolean flagged, Instant now) {
        jdbc.sql("""
                INSERT INTO live.question (id, tenant_id, event_id, participant_id, author_name, text, status, flagged,
                    asked_at, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, eventId, participantId, authorName, text, status.name(), flagged,
                        Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** A question of the municipality, in any event, as {@code viewer} sees it. */
    public Optional<QuestionRow> find(UUID tenantId, UUID id, UUID viewer) {
        return jdbc.sql(SELECT + " AND q.id = ?").params(viewer, tenantId, id).query(LiveQuestionStore::row).optional();
    }

    /**
     * The event's questions in the order asked for: pinned first, then by upvotes (ties: the earlier first)
     * or by time (the newest first). With {@code everything} false only those every participant sees and
     * the viewer's own pending and merged ones.
     */
    public List<QuestionRow> list(UUID tenantId, UUID eventId, UUID viewer, boolean everything,
            LiveQuestionSort sort) {
        String filter = everything ? "" : " AND (q.status IN ('VISIBLE', 'PINNED', 'ANSWERED')"
                + " OR (q.participant_id = ? AND q.status IN ('PENDING', 'MERGED')))";
        String order = " ORDER BY (q.status = 'PINNED') DESC, "
                + (sort == LiveQuestionSort.VOTES ? "upvotes DESC, q.asked_at, q.id" : "q.asked_at DESC, q.id");
        var statement = jdbc.sql(SELECT + " AND q.event_id = ?" + filter + order);
        statement = everything ? statement.params(viewer, tenantId, eventId)
                : statement.params(viewer, tenantId, eventId, viewer);
        return statement.query(LiveQuestionStore::row).list();
    }

    /** Writes a status if the question is still at {@code version}; false if it changed meanwhile. */
    public boolean update(UUID tenantId, UUID id, long version, LiveQuestionStatus status, @Nullable UUID mergedInto,
            Instant now) {
        return jdbc.sql("""
                UPDATE live.question SET status = ?, merged_into = ?, flagged = flagged AND ? = 'PENDING',
                    changed_at = ?, version = version + 1
                WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(status.name(), mergedInto, status.name(), Timestamp.from(now), tenantId, id, version)
                .update() == 1;
    }

    /** Counts the lead's version up if it is still in that version and no duplicate itself; false otherwise. */
    public boolean keepAsLead(UUID tenantId, UUID leadId, long version, Instant now) {
        return jdbc.sql("""
                UPDATE live.question SET version = version + 1, changed_at = ?
                WHERE tenant_id = ? AND id = ? AND version = ? AND status <> 'MERGED'""")
                .params(Timestamp.from(now), tenantId, leadId, version).update() == 1;
    }

    /**
     * Moves a duplicate's upvotes to its lead: a participant who upvoted both counts once.
     */
    public void moveUpvotes(UUID tenantId, UUID from, UUID to) {
        jdbc.sql("""
                INSERT INTO live.question_upvote (tenant_id, question_id, participant_id, upvoted_at)
                SELECT tenant_id, ?, participant_id, upvoted_at FROM live.question_upvote
                WHERE tenant_id = ? AND question_id = ?
                ON CONFLICT (question_id, participant_id) DO NOTHING""")
                .params(to, tenantId, from).update();
        jdbc.sql("DELETE FROM live.question_upvote WHERE tenant_id = ? AND question_id = ?").params(tenantId, from)
                .update();
    }

    /** The duplicates merged into one question now point to another lead; their ids. */
    public List<UUID> repoint(UUID tenantId, UUID from, UUID to, Instant now) {
        return jdbc.sql("""
                UPDATE live.question SET merged_into = ?, changed_at = ?, version = version + 1
                WHERE tenant_id = ? AND merged_into = ? RETURNING id""")
                .params(to, Timestamp.from(now), tenantId, from).query(UUID.class).list();
    }

    /** Adds an upvote; false if the participant had upvoted the question already. */
    public boolean upvote(UUID tenantId, UUID questionId, UUID participantId, Instant now) {
        return jdbc.sql("""
                INSERT INTO live.question_upvote (tenant_id, question_id, participant_id, upvoted_at)
                VALUES (?, ?, ?, ?) ON CONFLICT (question_id, participant_id) DO NOTHING""")
                .params(tenantId, questionId, participantId, Timestamp.from(now)).update() == 1;
    }

    /** Takes an upvote back; false if there was none. */
    public boolean removeUpvote(UUID tenantId, UUID questionId, UUID participantId) {
        return jdbc.sql("DELETE FROM live.question_upvote WHERE tenant_id = ? AND question_id = ? AND participant_id = ?")
                .params(tenantId, questionId, participantId).update() == 1;
    }

    /** A question's text, if it is one of the event's. */
    public Optional<String> text(UUID tenantId, UUID eventId, UUID id) {
        return jdbc.sql("SELECT text FROM live.question WHERE tenant_id = ? AND event_id = ? AND id = ?")
                .params(tenantId, eventId, id).query(String.class).optional();
    }

    private static QuestionRow row(ResultSet row, int number) throws SQLException {
        return new QuestionRow(row.getObject("id", UUID.class), row.getObject("event_id", UUID.class),
                row.getObject("participant_id", UUID.class), row.getString("author_name"), row.getString("text"),
                LiveQuestionStatus.valueOf(row.getString("status")), row.getBoolean("flagged"),
                row.getObject("merged_into", UUID.class), row.getString("lead_text"),
                row.getTimestamp("asked_at").toInstant(), row.getLong("version"), row.getLong("upvotes"),
                row.getBoolean("upvoted"));
    }
}
