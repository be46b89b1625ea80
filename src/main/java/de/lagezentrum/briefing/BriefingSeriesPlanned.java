package de.lagezentrum.briefing;

import java.util.UUID;

/** A weekly series of briefings was set up. */
public record BriefingSeriesPlanned(UUID tenantId, UUID seriesId) {
}
