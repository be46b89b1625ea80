package de.lagezentrum.staff;

import java.util.UUID;

/** A session's protocol was finalised as version 1: from now on its minutes are frozen. */
public record ProtocolFinalised(UUID tenantId, UUID staffId, UUID sessionId, int version) {
}
