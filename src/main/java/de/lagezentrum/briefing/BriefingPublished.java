package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

/**
 * A held briefing's material went public (or its summary was revised while public): its page in the press
 * area, its feed entry and, once the other slices add theirs, its answers, recordings and press kit.
 *
 * @param publishedAt when it first went public this time
 */
public record BriefingPublished(UUID tenantId, UUID briefingId, Instant publishedAt) {
}
