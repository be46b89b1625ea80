package de.lagezentrum.staff;

import java.util.UUID;

/** A person joined a staff (or got a new function in it). */
public record StaffMemberAdded(UUID tenantId, UUID staffId, UUID personId) {
}
