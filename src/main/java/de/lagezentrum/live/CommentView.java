package de.lagezentrum.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A comment with its replies, as the reader may see it. A hidden comment keeps its place in the thread;
 * for anybody but its author and the team it is a placeholder without {@code body}, {@code html} and
 * {@code author}; they see it with {@code hiddenReason}.
 *
 * @param depth 0 for a comment on the post, 1 for a reply to it, and so on (at most {@link LiveBlog#MAX_DEPTH})
 */
public record CommentView(UUID id, UUID postId, @Nullable UUID parentId, int depth, @Nullable String body,
        @Nullable String html, @Nullable String author, boolean byTeam, Instant createdAt, boolean hidden,
        @Nullable String hiddenReason, boolean mine, List<CommentView> replies) {
}
