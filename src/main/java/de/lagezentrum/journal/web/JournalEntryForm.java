package de.lagezentrum.journal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.lagezentrum.journal.JournalCategory;
import de.lagezentrum.journal.JournalEntry;
import de.lagezentrum.journal.NewJournalEntry;

/**
 * The form to append an entry (or a correction). The time it happened is a date and a time in the
 * municipality's zone; both empty means now, a time alone means today.
 */
public class JournalEntryForm {

    // No size limit here: browsers send line breaks as two characters; the facade counts the stored text.
    @NotBlank
    private String text = "";
    @NotNull
    private @Nullable JournalCategory category = JournalCategory.NOTE;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate occurredDate;
    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private @Nullable LocalTime occurredTime;
    private @Nullable UUID corrects;

    /** A correction of the entry, starting from its category and text. */
    static JournalEntryForm correcting(JournalEntry entry) {
        var form = new JournalEntryForm();
        form.corrects = entry.id();
        form.category = entry.category();
        form.text = entry.text();
        return form;
    }

    /** Whether a date was given without a time (which cannot be placed). */
    boolean dateWithoutTime() {
        return occurredDate != null && occurredTime == null;
    }

    NewJournalEntry command(ZoneId zone, Instant now) {
        Instant occurredAt = null;
        if (occurredTime != null) {
            LocalDate day = occurredDate != null ? occurredDate : now.atZone(zone).toLocalDate();
            occurredAt = day.atTime(occurredTime).atZone(zone).toInstant();
        }
        return new NewJournalEntry(text, category, occurredAt, corrects);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public @Nullable JournalCategory getCategory() {
        return category;
    }

    public void setCategory(@Nullable JournalCategory category) {
        this.category = category;
    }

    public @Nullable LocalDate getOccurredDate() {
        return occurredDate;
    }

    public void setOccurredDate(@Nullable LocalDate occurredDate) {
        this.occurredDate = occurredDate;
    }

    public @Nullable LocalTime getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(@Nullable LocalTime occurredTime) {
        this.occurredTime = occurredTime;
    }

    public @Nullable UUID getCorrects() {
        return corrects;
    }

    public void setCorrects(@Nullable UUID corrects) {
        this.corrects = corrects;
    }
}
