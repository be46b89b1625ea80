package de.lagezentrum.journal;

import java.util.UUID;

/**
 * A staff's journal at a glance.
 *
 * @param staffId the staff
 * @param staffName its name
 * @param entries how many entries the journal holds
 */
public record JournalSummary(UUID staffId, String staffName, long entries) {
}
