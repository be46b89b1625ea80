package de.lagezentrum.briefing;

import java.util.UUID;

/**
 * BigBlueButton reported, through its signed recording-ready callback, that the recording of a
 * briefing's meeting is processed and can be fetched. BigBlueButton may report one recording more than
 * once (once per playback format), so a listener must treat a repeat as a no-op.
 *
 * @param tenantId the municipality of the briefing
 * @param briefingId the briefing whose room was recorded
 * @param recordId BigBlueButton's id of the recording (its {@code recordID})
 */
public record BriefingRecordingReady(UUID tenantId, UUID briefingId, String recordId) {
}
