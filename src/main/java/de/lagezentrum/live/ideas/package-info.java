/**
 * The table of an event's ideas and their CSV export. Internal to the live module: other modules go
 * through {@link de.lagezentrum.live.LiveIdeas}.
 */
@NullMarked
package de.lagezentrum.live.ideas;

import org.jspecify.annotations.NullMarked;
