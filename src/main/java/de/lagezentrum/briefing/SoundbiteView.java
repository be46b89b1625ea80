package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An O-Ton: a file of its own, or a time range of a recording of the same briefing.
 *
 * @param recordingId the recording it is a range of; null for a file of its own
 * @param startSeconds where it starts in the recording; null for a file of its own
 * @param endSeconds where it ends in the recording; null for a file of its own
 * @param transcript what is said: as typed, else the text of the recording's captions in its range; null if
 *        neither is there
 * @param contentType the media type its content is served with
 * @param bytes its length as uploaded; null for a time range (known once cut)
 * @param sha256 the SHA-256 of the uploaded file; null for a time range
 * @param delivery how its content is served
 */
public record SoundbiteView(UUID id, UUID briefingId, @Nullable UUID recordingId, String title,
        @Nullable UUID speakerId, @Nullable BriefingPerson speaker, @Nullable Double startSeconds,
        @Nullable Double endSeconds, @Nullable String transcript, String contentType, @Nullable Long bytes,
        @Nullable String sha256, Delivery delivery, Instant createdAt) {

    /** How the content of an O-Ton is served. */
    public enum Delivery {
        /** The uploaded file. */
        FILE,
        /** Cut from the recording as a file of its own (WAV exactly in Java, other formats by ffmpeg). */
        CUT,
        /** The whole recording; a player shows the range with the Media Fragment {@link #mediaFragment()}. */
        FRAGMENT
    }

    /** Whether it is a video (else audio). */
    public boolean video() {
        return contentType.startsWith("video/");
    }

    /** {@code #t=start,end} for a player of the whole recording ({@link Delivery#FRAGMENT}); else empty. */
    public String mediaFragment() {
        if (delivery != Delivery.FRAGMENT || startSeconds == null || endSeconds == null) {
            return "";
        }
        return String.format(Locale.ROOT, "#t=%.3f,%.3f", startSeconds, endSeconds);
    }
}
