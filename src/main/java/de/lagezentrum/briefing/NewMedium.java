package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the press office says about an uploaded recording or O-Ton file.
 *
 * @param title what it is, e.g. "Mitschnitt" or "Oberbürgermeisterin zur Unterbringung"
 * @param speakerId the person speaking; may be null
 * @param recordingStartedAt when the recording started; null for the briefing's start. A time code in
 *        seconds is an instant minus this.
 */
public record NewMedium(String title, @Nullable UUID speakerId, @Nullable Instant recordingStartedAt) {
}
