package de.lagezentrum.briefing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An O-Ton defined as a time range of a recording.
 *
 * @param title what is said, e.g. "Zur Lage in den Unterkünften"
 * @param speakerId the person speaking; may be null
 * @param startSeconds where it starts in the recording
 * @param endSeconds where it ends, after the start
 * @param transcript what is said, as text; null to take it from the recording's captions
 */
public record NewSoundbite(String title, @Nullable UUID speakerId, double startSeconds, double endSeconds,
        @Nullable String transcript) {
}
