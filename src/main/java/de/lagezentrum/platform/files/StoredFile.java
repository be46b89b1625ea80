package de.lagezentrum.platform.files;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file in the store. Its content never changes: a new version is a new file.
 *
 * @param id the file's id
 * @param tenantId the municipality it belongs to
 * @param contentType the media type found in its content, e.g. {@code audio/wav}
 * @param bytes its length
 * @param sha256 the SHA-256 of its content, 64 lower-case hex digits
 * @param originalName the name it was uploaded under, cleaned of paths and control characters; null if none
 * @param createdAt when it was stored
 */
public record StoredFile(FileId id, UUID tenantId, String contentType, long bytes, String sha256,
        @Nullable String originalName, Instant createdAt) {
}
