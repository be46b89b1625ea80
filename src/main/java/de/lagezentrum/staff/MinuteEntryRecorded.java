package de.lagezentrum.staff;

import java.util.UUID;

/** Something was recorded in a session's minutes (note, decision or task). */
public record MinuteEntryRecorded(UUID tenantId, UUID staffId, UUID sessionId, UUID entryId, EntryType type) {
}
