/**
 * The knowledge platform's tables: recommendations, resilience factors with examples and shares, and its German
 * full-text search. Internal to the lessons module: other modules go through
 * {@link de.lagezentrum.lessons.Recommendations} and {@link de.lagezentrum.lessons.ResilienceFactors}.
 */
@NullMarked
package de.lagezentrum.lessons.knowledge;

import org.jspecify.annotations.NullMarked;
