package de.lagezentrum.journal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of {@code journal.entry}, every column as stored: what the hash covers and what verification reads. */
record StoredEntry(UUID id, UUID tenantId, UUID staffId, long seq, JournalCategory category, String text,
        Instant occurredAt, Instant recordedAt, UUID authorId, String authorName, @Nullable UUID corrects,
        int hashFormat, String previousHash, String hash) {

    /** The same entry with its hash computed from its content. */
    StoredEntry sealed() {
        return new StoredEntry(id, tenantId, staffId, seq, category, text, occurredAt, recordedAt, authorId,
                authorName, corrects, hashFormat, previousHash, EntryHash.of(this));
    }
}
