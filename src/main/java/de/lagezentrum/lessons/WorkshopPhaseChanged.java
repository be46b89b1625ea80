package de.lagezentrum.lessons;

import java.util.UUID;

/** A facilitator moved a workshop from one phase to another. */
public record WorkshopPhaseChanged(UUID tenantId, UUID workshopId, WorkshopPhase from, WorkshopPhase to) {
}
