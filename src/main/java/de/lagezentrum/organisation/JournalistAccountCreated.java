package de.lagezentrum.organisation;

import java.util.UUID;

/**
 * A journalist's account was created without a password (accreditation approved); after the commit
 * the account's person is mailed a set-password link.
 *
 * @param tenantId the municipality
 * @param personId the journalist's person
 * @param accountId the new account
 */
public record JournalistAccountCreated(UUID tenantId, UUID personId, UUID accountId) {
}
