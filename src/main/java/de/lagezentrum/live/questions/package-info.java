/**
 * Questions of a live event's audience: the tables, the blocked-word check, the coalesced upvote counts
 * on the stream, and questions as sources of ideas. Internal to the live module: other code goes through
 * {@link de.lagezentrum.live.LiveQuestions}.
 */
@NullMarked
package de.lagezentrum.live.questions;

import org.jspecify.annotations.NullMarked;
