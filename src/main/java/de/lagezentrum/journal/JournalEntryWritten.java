package de.lagezentrum.journal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An entry was appended to a staff's journal.
 *
 * @param corrects the entry it corrects; null for a new record
 */
public record JournalEntryWritten(UUID tenantId, UUID staffId, UUID entryId, long seq, JournalCategory category,
        UUID authorId, @Nullable UUID corrects) {
}
