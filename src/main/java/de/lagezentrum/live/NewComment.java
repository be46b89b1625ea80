package de.lagezentrum.live;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A comment on a post (Markdown), or with {@code parentId} a reply to one of its comments. */
public record NewComment(@Nullable String body, @Nullable UUID parentId) {
}
