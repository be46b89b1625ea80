package de.lagezentrum.briefing;

/**
 * BigBlueButton reported, through its verified recording-ready callback, that a meeting's recording
 * is processed and can be fetched.
 *
 * @param meetingId the meeting id the room was created with (derived from the briefing, not guessable)
 * @param recordId BigBlueButton's id of the recording
 */
public record BriefingRecordingReady(String meetingId, String recordId) {
}
