package de.lagezentrum.lessons;

import java.util.UUID;

/**
 * Someone taking part in a workshop: a city account (a facilitator of the municipality or a listed
 * participant) or an external guest who joined by an invitation link. Ratings and observations are
 * attributed to {@link #id()}: the person's id for a city account, the guest's id for a guest.
 *
 * @param tenantId the workshop's municipality
 * @param workshopId the workshop
 * @param id the person's or the guest's id
 * @param displayName the name shown on the board
 * @param guest whether an external guest (no city account)
 * @param facilitator whether a facilitator of the municipality (may lead, cluster, merge and link)
 */
public record WorkshopMember(UUID tenantId, UUID workshopId, UUID id, String displayName, boolean guest,
        boolean facilitator) {
}
