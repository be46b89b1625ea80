package de.lagezentrum.organisation;

import java.util.UUID;

/**
 * An operator added a municipality; its first admin is to get a set-password link.
 *
 * @param tenantId the new municipality
 * @param adminAccountId the account of its admin, which has no password yet
 */
public record TenantCreated(UUID tenantId, UUID adminAccountId) {
}
