package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

/**
 * The press area's video in German Sign Language (DGS), as the municipality uploaded it.
 *
 * @param fileId the file in the store; part of the video's public address, so a new video has a new one
 */
public record SignLanguageVideo(UUID fileId, String contentType, long bytes, Instant uploadedAt) {
}
