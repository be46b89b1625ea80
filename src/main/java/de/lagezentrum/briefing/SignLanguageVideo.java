package de.lagezentrum.briefing;

import java.time.Instant;

/** The press area's video in German Sign Language (DGS), as the municipality uploaded it. */
public record SignLanguageVideo(String contentType, long bytes, Instant uploadedAt) {
}
