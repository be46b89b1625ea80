package de.lagezentrum.briefing;

/**
 * One cue of a recording's WebVTT captions, as text without its tags: the transcript of a recording is the
 * list of its cues.
 *
 * @param startSeconds where it starts in the recording
 * @param endSeconds where it ends
 * @param text what is said, plain text
 */
public record CaptionCue(double startSeconds, double endSeconds, String text) {
}
