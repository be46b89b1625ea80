/**
 * Questions and the press kit of a briefing: the tables, the queue's transitions and the live stream the
 * journalists' page and the press office's queue listen to. Internal to the briefing module: other modules
 * go through {@link de.lagezentrum.briefing.BriefingQuestions} and {@link de.lagezentrum.briefing.BriefingPressKit}.
 */
@NullMarked
package de.lagezentrum.briefing.questions;

import org.jspecify.annotations.NullMarked;
