/** API and page sections of an event's questions: asking, upvoting, the moderation queue, the presenter's list. */
@NullMarked
package de.lagezentrum.live.questions.web;

import org.jspecify.annotations.NullMarked;
