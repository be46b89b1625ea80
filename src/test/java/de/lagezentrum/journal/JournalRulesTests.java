package de.lagezentrum.journal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import de.lagezentrum.platform.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an entry must satisfy before it is written, and how its text is normalised before hashing. */
class JournalRulesTests {

    static final Instant NOW = Instant.parse("2026-03-04T09:00:00.123456789Z");

    @Test
    void textIsStoredWithUnixLineBreaksAndWithoutSurroundingSpace() {
        assertThat(EntryRules.text("  Lage\r\nPegel\rsteigt \t")).isEqualTo("Lage\nPegel\nsteigt");
        assertThat(EntryRules.text("Tab\tund Emoji 🚒")).isEqualTo("Tab\tund Emoji 🚒");
    }

    @Test
    void textIsRequiredAndLimitedToTenThousandCharacters() {
        assertThat(EntryRules.text("x".repeat(NewJournalEntry.MAX_TEXT))).hasSize(10_000);
        assertRefused(() -> EntryRules.text("x".repeat(NewJournalEntry.MAX_TEXT + 1)), "text", "journal.text.too-long");
        assertRefused(() -> EntryRules.text(" \n "), "text", "journal.text.blank");
        assertRefused(() -> EntryRules.text(null), "text", "journal.text.blank");
    }

    @Test
    void textWithControlCharactersOrBrokenUnicodeIsRefused() {
        assertRefused(() -> EntryRules.text("NUL\u0000"), "text", "journal.text.characters");
        assertRefused(() -> EntryRules.text("Escape\u001b[31m"), "text", "journal.text.characters");
        assertRefused(() -> EntryRules.text("halb \ud83d Emoji"), "text", "journal.text.characters");
        assertRefused(() -> EntryRules.text("\ude92 verkehrt"), "text", "journal.text.characters");
    }

    @Test
    void occurredAtMayLieAFewMinutesAheadButNotMore() {
        assertThat(EntryRules.occurredAt(null, NOW)).isNull();
        assertThat(EntryRules.occurredAt(NOW.plus(Duration.ofMinutes(4)), NOW))
                .isEqualTo(Instant.parse("2026-03-04T09:04:00.123456Z"));
        assertThat(EntryRules.occurredAt(NOW.minus(Duration.ofDays(3)), NOW)).isBefore(NOW);
        assertRefused(() -> EntryRules.occurredAt(NOW.plus(Duration.ofMinutes(6)), NOW), "occurredAt",
                "journal.occurredAt.future");
        assertRefused(() -> EntryRules.occurredAt(Instant.parse("1999-12-31T23:59:59Z"), NOW), "occurredAt",
                "journal.occurredAt.past");
    }

    private static void assertRefused(Runnable action, String field, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
