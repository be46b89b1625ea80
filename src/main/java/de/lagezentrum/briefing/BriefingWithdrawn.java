package de.lagezentrum.briefing;

import java.util.UUID;

/** A published briefing was taken back: its public page and material answer 404 again. */
public record BriefingWithdrawn(UUID tenantId, UUID briefingId, String reason) {
}
