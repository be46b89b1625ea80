/**
 * A workshop's board: observations and the facilitator's clusters (the API and pages sit in {@code web}).
 * Internal to the lessons module: other modules go through the facade {@code de.lagezentrum.lessons.WorkshopBoard}.
 */
@NullMarked
package de.lagezentrum.lessons.board;

import org.jspecify.annotations.NullMarked;
