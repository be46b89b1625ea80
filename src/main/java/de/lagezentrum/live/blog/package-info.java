/**
 * The event blog's tables (posts and threaded comments) and the blog's source of ideas. Internal to the
 * live module: other modules go through {@link de.lagezentrum.live.LiveBlog}.
 */
@NullMarked
package de.lagezentrum.live.blog;

import org.jspecify.annotations.NullMarked;
