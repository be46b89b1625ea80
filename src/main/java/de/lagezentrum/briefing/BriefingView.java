package de.lagezentrum.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A briefing as API and pages show it: a single one, or one date of a series.
 *
 * @param seriesId the series it belongs to; null for a single briefing
 * @param occurrenceDate its date in the series (before any move); null for a single briefing
 * @param topic what it is about; may be null
 * @param chairId who leads it; null only for a series date whose series has no chair
 * @param chair the chair's name and function; null when there is none (or the person is gone)
 * @param panel the panel's person ids, in order
 * @param panelMembers the panel's names and functions, in order
 * @param guests external guests, in order
 * @param videoUrl plain link to the video room; null until known
 * @param cancelReason why it was cancelled; null when not cancelled or not said
 * @param publishedAt when its material was published; null while unpublished
 * @param version for optimistic locking of edits
 */
public record BriefingView(UUID id, @Nullable UUID seriesId, @Nullable LocalDate occurrenceDate, String title,
        @Nullable String topic, Instant start, Instant end, @Nullable UUID chairId, @Nullable BriefingPerson chair,
        List<UUID> panel, List<BriefingPerson> panelMembers, List<BriefingGuest> guests, @Nullable String videoUrl,
        BriefingStatus status, @Nullable String cancelReason, @Nullable Instant publishedAt, long version) {

    /** Whether it has been called off. */
    public boolean cancelled() {
        return status == BriefingStatus.CANCELLED;
    }
}
