/**
 * Briefings and their weekly series: the aggregates, the dates of a series as briefings of their own,
 * who may see and change what, the iCalendar export and the reminder mail to journalists. Internal to
 * the briefing module: other modules go through {@link de.lagezentrum.briefing.BriefingManagement} and
 * {@link de.lagezentrum.briefing.BriefingSeriesManagement}.
 */
@NullMarked
package de.lagezentrum.briefing.briefings;

import org.jspecify.annotations.NullMarked;
