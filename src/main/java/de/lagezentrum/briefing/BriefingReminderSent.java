package de.lagezentrum.briefing;

import java.util.UUID;

/**
 * The reminder of a briefing went out to the municipality's journalists, once per briefing.
 *
 * @param recipients how many addresses it went to
 */
public record BriefingReminderSent(UUID tenantId, UUID briefingId, int recipients) {
}
