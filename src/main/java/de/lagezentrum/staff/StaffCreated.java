package de.lagezentrum.staff;

import java.util.UUID;

/** A staff was set up. */
public record StaffCreated(UUID tenantId, UUID staffId, String name, UUID leadId) {
}
