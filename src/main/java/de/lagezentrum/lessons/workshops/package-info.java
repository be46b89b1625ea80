/**
 * Reflection workshops: their table and API. Internal to the lessons module: other modules go through
 * {@link de.lagezentrum.lessons.Workshops}.
 */
@NullMarked
package de.lagezentrum.lessons.workshops;

import org.jspecify.annotations.NullMarked;
