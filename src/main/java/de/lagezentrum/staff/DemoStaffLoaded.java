package de.lagezentrum.staff;

import java.time.Instant;
import java.util.UUID;

/**
 * Musterstadt's demo staff and the minutes of its two past sessions are in place; other modules
 * (the journal) may add their demo data to it.
 *
 * @param earlierSession when the earlier of the two past sessions began
 * @param laterSession when the most recent past session began
 */
public record DemoStaffLoaded(UUID tenantId, UUID staffId, Instant earlierSession, Instant laterSession) {
}
