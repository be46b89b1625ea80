/**
 * When a staff meets: weekly series with their cancelled or moved dates, the session rows, the notice of
 * an extraordinary session, and the iCalendar export with the personal calendar feeds. Internal to the
 * staff module: other modules go through {@link de.lagezentrum.staff.SessionManagement}.
 */
@NullMarked
package de.lagezentrum.staff.sessions;

import org.jspecify.annotations.NullMarked;
