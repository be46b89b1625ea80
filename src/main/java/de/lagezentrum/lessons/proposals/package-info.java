/**
 * Proposals of a workshop and their rating: their tables (the API and pages sit in {@code web}). Internal to
 * the lessons module: other modules go through {@link de.lagezentrum.lessons.Proposals}.
 */
@NullMarked
package de.lagezentrum.lessons.proposals;

import org.jspecify.annotations.NullMarked;
