package de.lagezentrum.live;

import org.jspecify.annotations.Nullable;

/** A blog post to write: a title and a Markdown body. */
public record NewPost(@Nullable String title, @Nullable String body) {
}
