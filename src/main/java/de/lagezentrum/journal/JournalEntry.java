package de.lagezentrum.journal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a staff's journal as members and API clients see it.
 *
 * @param id the entry
 * @param staffId the staff whose journal it belongs to
 * @param seq its position in the journal, 1, 2, 3, … without gaps
 * @param category the kind of entry
 * @param text what was recorded
 * @param occurredAt when it happened
 * @param recordedAt when the server recorded it
 * @param author who wrote it (the name as it was at the time of writing)
 * @param corrects the entry this one corrects; null for a new record
 * @param correctsSeq the position of that entry; null for a new record
 * @param correctedBy the later entries that correct this one, in order; empty when it stands
 * @param previousHash the hash of the previous entry (the genesis value for seq 1)
 * @param hash SHA-256 (hex) of this entry's canonical content, chained to {@code previousHash}
 */
public record JournalEntry(UUID id, UUID staffId, long seq, JournalCategory category, String text,
        Instant occurredAt, Instant recordedAt, Author author, @Nullable UUID corrects, @Nullable Long correctsSeq,
        List<EntryReference> correctedBy, String previousHash, String hash) {

    public JournalEntry {
        correctedBy = List.copyOf(correctedBy);
    }

    /** Whether a later entry corrects this one. */
    public boolean corrected() {
        return !correctedBy.isEmpty();
    }

    /**
     * The person who wrote an entry.
     *
     * @param id the person
     * @param name the person's name at the time of writing
     */
    public record Author(UUID id, String name) {
    }

    /**
     * A reference to another entry of the same journal.
     *
     * @param id the entry
     * @param seq its position
     */
    public record EntryReference(UUID id, long seq) {
    }
}
