/**
 * What a session's minutes hold, read: agenda items and entries, the Wiedervorlage of open tasks, the live
 * stream of changes and the search over it all. Internal to the staff module: other modules go through
 * {@link de.lagezentrum.staff.MinutesManagement}.
 */
@NullMarked
package de.lagezentrum.staff.minutes;

import org.jspecify.annotations.NullMarked;
