package de.lagezentrum.staff;

import java.util.UUID;

/** A session's agenda changed: an item was proposed, accepted or the items were put in a new order. */
public record AgendaChanged(UUID tenantId, UUID staffId, UUID sessionId) {
}
