/** Pages and API of the event blog: posts, threaded comments, moderation. */
@NullMarked
package de.lagezentrum.live.blog.web;

import org.jspecify.annotations.NullMarked;
