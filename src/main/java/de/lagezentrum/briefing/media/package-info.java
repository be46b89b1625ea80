/**
 * Recordings and O-Töne of briefings (issue 9, point 6): uploads through the file store, WebVTT captions,
 * O-Töne as files or time ranges (WAV cut exactly in Java, other formats by ffmpeg when installed, else
 * served as the recording with a Media Fragment), transcripts, and the API and the press office's page.
 * Internal to the briefing module; others use {@link de.lagezentrum.briefing.BriefingMedia}.
 */
@NullMarked
package de.lagezentrum.briefing.media;

import org.jspecify.annotations.NullMarked;
