package de.lagezentrum.briefing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the press office writes for a press release.
 *
 * @param body Markdown
 * @param briefingId the briefing it belongs to; may be null
 * @param version the version the edit started from; ignored for a new release
 */
public record NewPressRelease(String title, String body, @Nullable UUID briefingId, long version) {
}
