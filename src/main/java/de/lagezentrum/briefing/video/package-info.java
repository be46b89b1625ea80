/**
 * Video rooms of briefings: the BigBlueButton client with its signed calls, Jitsi tokens, the plain
 * link, and the verified recording-ready callback of BigBlueButton. Internal to the briefing module.
 */
@NullMarked
package de.lagezentrum.briefing.video;

import org.jspecify.annotations.NullMarked;
