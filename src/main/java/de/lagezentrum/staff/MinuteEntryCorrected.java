package de.lagezentrum.staff;

import java.util.UUID;

/** The text or rationale of a line of the minutes was corrected before the protocol was finalised. */
public record MinuteEntryCorrected(UUID tenantId, UUID staffId, UUID sessionId, UUID entryId, EntryType type,
        long version) {
}
