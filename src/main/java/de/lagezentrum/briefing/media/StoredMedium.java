package de.lagezentrum.briefing.media;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.briefing.MediumKind;

/**
 * A row of {@code briefing.medium}: a recording, an uploaded O-Ton, or an O-Ton as a time range of a
 * recording ({@code recordingId} set, no file).
 */
public record StoredMedium(UUID id, UUID tenantId, UUID briefingId, MediumKind kind, String title,
        @Nullable UUID speakerId, @Nullable UUID fileId, @Nullable String contentType, @Nullable Long bytes,
        @Nullable String sha256, @Nullable Instant recordingStartedAt, @Nullable WavLayout wav,
        @Nullable UUID captionsFileId, @Nullable UUID recordingId, @Nullable Long startMillis,
        @Nullable Long endMillis, @Nullable String transcript, @Nullable UUID cutFileId, Instant createdAt) {

    /** Whether it is an O-Ton defined as a time range of a recording. */
    public boolean isRange() {
        return recordingId != null;
    }

    /** Whether it is a recording (not an O-Ton). */
    public boolean isRecording() {
        return kind == MediumKind.RECORDING;
    }

    /** How long it is, from a WAV header; null if unknown. */
    public @Nullable Long durationMillis() {
        return wav == null ? null : wav.durationMillis();
    }
}
