package de.lagezentrum.briefing;

import java.util.UUID;

/**
 * The press office approved an accreditation; the journalist has a {@code JOURNALIST} account.
 *
 * @param tenantId the municipality
 * @param accreditationId the accreditation
 * @param personId the journalist's person
 */
public record JournalistAccredited(UUID tenantId, UUID accreditationId, UUID personId) {
}
