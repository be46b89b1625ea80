/**
 * Lessons identified and learned with their remedial actions: their tables (the API and pages sit in
 * {@code web}). Internal to the lessons module: other modules go through {@link de.lagezentrum.lessons.Lessons}.
 */
@NullMarked
package de.lagezentrum.lessons.learning;

import org.jspecify.annotations.NullMarked;
