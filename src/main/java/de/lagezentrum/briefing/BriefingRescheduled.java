package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

/** A briefing moved to another time (a single one changed, or a date of a series moved). */
public record BriefingRescheduled(UUID tenantId, UUID briefingId, Instant start, Instant end) {
}
