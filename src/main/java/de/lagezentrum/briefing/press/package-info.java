/**
 * Publishing (issue 9, points 7 and 8): a held briefing's public page with the press office's summary,
 * press releases, the public press area with its Atom feed, the page in Leichte Sprache and the video in
 * German Sign Language. Internal to the briefing module; others use
 * {@link de.lagezentrum.briefing.BriefingPublications}, {@link de.lagezentrum.briefing.PressReleases} and
 * {@link de.lagezentrum.briefing.PressArea}.
 */
@NullMarked
package de.lagezentrum.briefing.press;

import org.jspecify.annotations.NullMarked;
