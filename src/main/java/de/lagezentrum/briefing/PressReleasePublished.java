package de.lagezentrum.briefing;

import java.util.UUID;

/** A press release went public in the press area and its feed. */
public record PressReleasePublished(UUID tenantId, UUID pressReleaseId) {
}
