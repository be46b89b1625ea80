package de.lagezentrum.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.platform.web.InvalidInputException;

/**
 * What an entry must satisfy before it is written. The text is stored exactly as hashed, so it is
 * normalised first (line breaks to {@code \n}, surrounding white space removed) and refused when it
 * holds anything PostgreSQL or a later reader could not keep byte for byte.
 */
final class EntryRules {

    /** How far in the future {@code occurredAt} may lie, for clocks that run a little ahead. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    /** Nothing a crisis staff records happened before this. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private EntryRules() {
    }

    /** The text as it will be stored. */
    static String text(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "journal.text.blank");
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalised.length() > NewJournalEntry.MAX_TEXT) {
            throw new InvalidInputException("text", "journal.text.too-long");
        }
        if (!printable(normalised)) {
            throw new InvalidInputException("text", "journal.text.characters");
        }
        return normalised;
    }

    /**
     * A text the application writes itself (from another module's event), made fit for the journal:
     * control characters become spaces and an overlong text is cut with "…", so that the entry is never
     * lost to a rule meant for what people type.
     */
    static String fitted(String text) {
        StringBuilder fit = new StringBuilder(text.length());
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < normalised.length()
                    && Character.isLowSurrogate(normalised.charAt(i + 1));
            if (pairedSurrogate) {
                fit.append(c).append(normalised.charAt(++i));
            }
            else {
                fit.append(Character.isISOControl(c) && c != '\n' && c != '\t' || Character.isSurrogate(c) ? ' ' : c);
            }
        }
        if (fit.length() > NewJournalEntry.MAX_TEXT) {
            int end = NewJournalEntry.MAX_TEXT - 1;
            if (Character.isHighSurrogate(fit.charAt(end - 1))) {
                end--;
            }
            fit.setLength(end);
            fit.append('…');
        }
        return text(fit.toString());
    }

    /** When it happened, to the microsecond PostgreSQL keeps; null (the time of recording) when not given. */
    static @Nullable Instant occurredAt(@Nullable Instant occurredAt, Instant now) {
        if (occurredAt == null) {
            return null;
        }
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new InvalidInputException("occurredAt", "journal.occurredAt.future");
        }
        if (occurredAt.isBefore(EARLIEST)) {
            throw new InvalidInputException("occurredAt", "journal.occurredAt.past");
        }
        return occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** No control characters but tab and line feed, no unpaired surrogates (they cannot be stored as UTF-8). */
    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\n' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
