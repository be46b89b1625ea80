package de.lagezentrum.briefing;

import java.util.UUID;

/** A published press release was taken back: its public page answers 404 again. */
public record PressReleaseWithdrawn(UUID tenantId, UUID pressReleaseId, String reason) {
}
