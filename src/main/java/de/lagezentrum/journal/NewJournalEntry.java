package de.lagezentrum.journal;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An entry to append to a staff's journal.
 *
 * @param text what happened, was reported, decided or ordered; 1 to {@link #MAX_TEXT} characters
 * @param category the kind of entry; null means {@link JournalCategory#NOTE}
 * @param occurredAt when it happened; null means now; at most a few minutes in the future
 * @param corrects the id of the entry of the same staff this one corrects; null for a new record
 */
public record NewJournalEntry(@NotBlank @Size(max = NewJournalEntry.MAX_TEXT) String text,
        @Nullable JournalCategory category, @Nullable Instant occurredAt, @Nullable UUID corrects) {

    /** Longest text of an entry, in characters (UTF-16 code units, as Java counts them). */
    public static final int MAX_TEXT = 10_000;

    /** A plain note that happened now. */
    public static NewJournalEntry note(String text) {
        return new NewJournalEntry(text, null, null, null);
    }
}
