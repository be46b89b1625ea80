package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A document of a briefing's press kit (PDF or image), attached by the press office.
 *
 * @param fileName the name it was uploaded under; may be null
 * @param contentType the media type found in its content
 * @param bytes its size
 */
public record PressKitItem(UUID id, UUID briefingId, String title, @Nullable String fileName, String contentType,
        long bytes, Instant addedAt) {
}
