package de.lagezentrum.briefing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A briefing exists: planned as a single one, or a date of a series that became a briefing of its own.
 *
 * @param seriesId its series; null for a single briefing
 */
public record BriefingPlanned(UUID tenantId, UUID briefingId, @Nullable UUID seriesId) {
}
