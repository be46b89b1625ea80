package de.lagezentrum.briefing;

import java.util.UUID;

/**
 * BigBlueButton reported, through its verified recording-ready callback, that the recording of a
 * briefing's meeting is processed and can be fetched. Published once per recording, however often
 * BigBlueButton repeats the callback (it does so per playback format).
 *
 * @param tenantId the briefing's municipality
 * @param briefingId the briefing whose meeting was recorded
 * @param meetingId the meeting id the room was created with ({@code lz-<tenant>-<briefing>-<tag>})
 * @param recordId BigBlueButton's id of the recording
 */
public record BriefingRecordingReady(UUID tenantId, UUID briefingId, String meetingId, String recordId) {
}
