/**
 * The sections of a published briefing's public page (issue 9, points 7 and 8): the recording with its
 * captions and transcript, the answered questions linked to their moments in the recording, the O-Töne with
 * their transcripts, and the press kit. Internal to the briefing module.
 */
@NullMarked
package de.lagezentrum.briefing.press.sections;

import org.jspecify.annotations.NullMarked;
