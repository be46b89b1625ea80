/**
 * The core of live events: the tables of events, agenda, team and participants, join codes, participant
 * tokens and the limits per participant. Internal to the live module: other modules go through
 * {@link de.lagezentrum.live.LiveEvents}.
 */
@NullMarked
package de.lagezentrum.live.events;

import org.jspecify.annotations.NullMarked;
