package de.lagezentrum.staff;

import java.time.Instant;
import java.util.UUID;

/** The lead approved a version of a session's protocol; from now on it never changes. */
public record ProtocolApproved(UUID tenantId, UUID staffId, UUID sessionId, Instant sessionStart, int version,
        UUID approvedBy, Instant approvedAt) {
}
