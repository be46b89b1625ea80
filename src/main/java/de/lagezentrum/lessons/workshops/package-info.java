/**
 * Reflection workshops: their table (the API sits in {@code web}). Internal to the lessons module: other modules go through
 * {@link de.lagezentrum.lessons.Workshops}.
 */
@NullMarked
package de.lagezentrum.lessons.workshops;

import org.jspecify.annotations.NullMarked;
