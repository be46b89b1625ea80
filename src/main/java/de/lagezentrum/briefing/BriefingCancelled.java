package de.lagezentrum.briefing;

import java.util.UUID;

/** A briefing was called off (a single one, or a date of a series). */
public record BriefingCancelled(UUID tenantId, UUID briefingId) {
}
