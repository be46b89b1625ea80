package de.lagezentrum.live.blog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables {@code live.post} and {@code live.comment}. A page of comments costs three queries however
 * many comments the post has: the page of threads, all their replies (by {@code root_id}), the counts.
 */
@Component
public class BlogStore {

    private static final String POST_COLUMNS = """
            p.id, p.event_id, p.author_participant_id, p.author_person_id, p.author_name, p.title, p.body, p.html,
            p.created_at, p.hidden_reason""";
    private static final String COMMENT_COLUMNS = """
            id, post_id, parent_id, root_id, depth, author_participant_id, author_person_id, author_name, body, html,
            created_at, hidden_reason""";

    private final JdbcClient jdbc;

    BlogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who wrote a post or comment: a participant, or a team member's person; the name as it was. */
    public record Author(@Nullable UUID participantId, @Nullable UUID personId, @Nullable String name) {
    }

    public record PostRow(UUID id, UUID eventId, Author author, String title, String body, String html,
            Instant createdAt, @Nullable String hiddenReason, long comments) {
    }

    public record CommentRow(UUID id, UUID postId, @Nullable UUID parentId, UUID rootId, int depth, Author author,
            String body, String html, Instant createdAt, @Nullable String hiddenReason) {
    }

    public void insertPost(UUID tenantId, UUID id, UUID eventId, Author author, String title, String body,
            String html, Instant now) {
        jdbc.sql("""
                INSERT INTO live.post (id, tenant_id, event_id, author_participant_id, author_person_id, author_name,
                    title, body, html, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, eventId, author.participantId(), author.personId(), author.name(), title, body,
                        html, Timestamp.from(now))
                .update();
    }

    public Optional<PostRow> post(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + POST_COLUMNS + """
                , (SELECT count(*) FROM live.comment c WHERE c.tenant_id = p.tenant_id AND c.post_id = p.id) AS comments
                FROM live.post p WHERE p.tenant_id = ? AND p.id = ?""")
                .params(tenantId, id).query(BlogStore::post).optional();
    }

    /**
     * A page of an event's posts, the newest first, with their comment counts. Hidden posts are left out
     * unless {@code hidden} says to show them all, or they are the reader's own ({@code participantId},
     * {@code personId}).
     */
    public List<PostRow> posts(UUID tenantId, UUID eventId, boolean hidden, @Nullable UUID participantId,
            @Nullable UUID personId, int limit, long offset) {
        return jdbc.sql("SELECT " + POST_COLUMNS + """
                , (SELECT count(*) FROM live.comment c WHERE c.tenant_id = p.tenant_id AND c.post_id = p.id) AS comments
                FROM live.post p WHERE p.tenant_id = ? AND p.event_id = ? AND """ + visible() + """
                 ORDER BY p.seq DESC LIMIT ? OFFSET ?""")
                .params(tenantId, eventId, hidden, participantId, personId, limit, offset)
                .query(BlogStore::post).list();
    }

    public long postCount(UUID tenantId, UUID eventId, boolean hidden, @Nullable UUID participantId,
            @Nullable UUID personId) {
        return jdbc.sql("SELECT count(*) FROM live.post p WHERE p.tenant_id = ? AND p.event_id = ? AND " + visible())
                .params(tenantId, eventId, hidden, participantId, personId).query(Long.class).single();
    }

    private static String visible() {
        return """
                (p.hidden_reason IS NULL OR ? OR p.author_participant_id = ?::uuid OR p.author_person_id = ?::uuid)""";
    }

    public boolean hidePost(UUID tenantId, UUID id, @Nullable String reason, @Nullable UUID by) {
        return jdbc.sql("UPDATE live.post SET hidden_reason = ?, hidden_by = ? WHERE tenant_id = ? AND id = ?")
                .params(reason, by, tenantId, id).update() == 1;
    }

    public void insertComment(UUID tenantId, UUID id, UUID postId, @Nullable UUID parentId, UUID rootId, int depth,
            Author author, String body, String html, Instant now) {
        jdbc.sql("""
                INSERT INTO live.comment (id, tenant_id, post_id, parent_id, root_id, depth, author_participant_id,
                    author_person_id, author_name, body, html, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, postId, parentId, rootId, depth, author.participantId(), author.personId(),
                        author.name(), body, html, Timestamp.from(now))
                .update();
    }

    public Optional<CommentRow> comment(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COMMENT_COLUMNS + " FROM live.comment WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(BlogStore::comment).optional();
    }

    /** A page of a post's top-level comments, the oldest first. */
    public List<CommentRow> threads(UUID tenantId, UUID postId, int limit, long offset) {
        return jdbc.sql("SELECT " + COMMENT_COLUMNS + """
                 FROM live.comment WHERE tenant_id = ? AND post_id = ? AND parent_id IS NULL
                ORDER BY seq LIMIT ? OFFSET ?""")
                .params(tenantId, postId, limit, offset).query(BlogStore::comment).list();
    }

    /** Every reply in the threads of these top-level comments, the oldest first. */
    public List<CommentRow> replies(UUID tenantId, Collection<UUID> rootIds) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COMMENT_COLUMNS + """
                 FROM live.comment WHERE tenant_id = ? AND root_id = ANY (?::uuid[]) AND parent_id IS NOT NULL
                ORDER BY seq""")
                .params(tenantId, rootIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(BlogStore::comment).list();
    }

    /** The number of threads (top-level comments) and of all comments of a post. */
    public long[] commentCounts(UUID tenantId, UUID postId) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE parent_id IS NULL), count(*) FROM live.comment
                WHERE tenant_id = ? AND post_id = ?""")
                .params(tenantId, postId).query((row, n) -> new long[] {row.getLong(1), row.getLong(2)}).single();
    }

    /** How many threads of the post come before the thread of {@code rootId} (for the page it is on). */
    public long threadsBefore(UUID tenantId, UUID postId, UUID rootId) {
        return jdbc.sql("""
                SELECT count(*) FROM live.comment c, live.comment r
                WHERE r.tenant_id = ? AND r.id = ? AND c.tenant_id = r.tenant_id AND c.post_id = ? AND c.parent_id IS NULL
                  AND c.seq < r.seq""")
                .params(tenantId, rootId, postId).query(Long.class).single();
    }

    public boolean hideComment(UUID tenantId, UUID id, @Nullable String reason, @Nullable UUID by) {
        return jdbc.sql("UPDATE live.comment SET hidden_reason = ?, hidden_by = ? WHERE tenant_id = ? AND id = ?")
                .params(reason, by, tenantId, id).update() == 1;
    }

    private static PostRow post(ResultSet row, int n) throws SQLException {
        return new PostRow(row.getObject("id", UUID.class), row.getObject("event_id", UUID.class), author(row),
                row.getString("title"), row.getString("body"), row.getString("html"),
                row.getTimestamp("created_at").toInstant(), row.getString("hidden_reason"), row.getLong("comments"));
    }

    private static CommentRow comment(ResultSet row, int n) throws SQLException {
        return new CommentRow(row.getObject("id", UUID.class), row.getObject("post_id", UUID.class),
                row.getObject("parent_id", UUID.class), row.getObject("root_id", UUID.class), row.getInt("depth"),
                author(row), row.getString("body"), row.getString("html"), row.getTimestamp("created_at").toInstant(),
                row.getString("hidden_reason"));
    }

    private static Author author(ResultSet row) throws SQLException {
        return new Author(row.getObject("author_participant_id", UUID.class),
                row.getObject("author_person_id", UUID.class), row.getString("author_name"));
    }
}
