package de.lagezentrum.live;

import java.util.List;

/**
 * A page of a post's threads: {@code size} top-level comments, oldest first, each with all its replies.
 * {@code total} counts the threads (for paging), {@code comments} every comment of the post.
 */
public record CommentPage(List<CommentView> items, int page, int size, long total, long comments) {

    /** How many pages the threads fill (at least one). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
