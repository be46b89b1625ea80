package de.lagezentrum.live;

import java.util.UUID;

/** A host created a live event. */
public record EventCreated(UUID tenantId, UUID eventId, String title) {
}
