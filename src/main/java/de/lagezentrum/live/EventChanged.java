package de.lagezentrum.live;

import java.util.UUID;

/** An event's details, agenda, team or state changed (also when it was cancelled). */
public record EventChanged(UUID tenantId, UUID eventId) {
}
