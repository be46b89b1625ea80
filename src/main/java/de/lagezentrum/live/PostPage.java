package de.lagezentrum.live;

import java.util.List;

/** A page of an event's posts, the newest first; {@code total} counts what the reader may see. */
public record PostPage(List<PostView> items, int page, int size, long total) {
}
