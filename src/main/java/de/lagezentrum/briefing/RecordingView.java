package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The recording of a briefing (Mitschnitt), audio or video.
 *
 * @param speaker the speaker's name and function; null when none is named
 * @param contentType the media type found in its content, e.g. {@code audio/wav}
 * @param sha256 the SHA-256 of its content
 * @param recordingStartedAt when the recording started: a time code is an instant minus this
 * @param durationSeconds how long it is, known for WAV; null otherwise
 * @param hasCaptions whether WebVTT captions were uploaded for it
 */
public record RecordingView(UUID id, UUID briefingId, String title, @Nullable UUID speakerId,
        @Nullable BriefingPerson speaker, String contentType, long bytes, String sha256, Instant recordingStartedAt,
        @Nullable Double durationSeconds, boolean hasCaptions, Instant createdAt) {

    /** Whether it is a video (else audio). */
    public boolean video() {
        return contentType.startsWith("video/");
    }

    /** The time code of an instant in this recording, in whole seconds (negative before it started). */
    public long timeCode(Instant at) {
        return java.time.Duration.between(recordingStartedAt, at).toSeconds();
    }
}
