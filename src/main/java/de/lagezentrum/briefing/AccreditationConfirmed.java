package de.lagezentrum.briefing;

import java.util.UUID;

/**
 * A journalist confirmed their address, or answered the press office's question: the accreditation
 * waits for the press office's review again.
 *
 * @param tenantId the municipality
 * @param accreditationId the accreditation
 * @param answered whether it was an answer to a question rather than the first confirmation
 */
public record AccreditationConfirmed(UUID tenantId, UUID accreditationId, boolean answered) {
}
