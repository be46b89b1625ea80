package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The publication of a briefing as the press office sees it.
 *
 * @param summary the summary as written (Markdown)
 * @param summaryHtml the summary as sanitised HTML
 * @param publishedAt when it went public (the last time, if it was withdrawn and published again)
 * @param changedAt when the summary or state last changed (the feed's {@code updated})
 * @param withdrawnAt when it was taken back; null while public
 * @param withdrawReason why; null while public
 */
public record BriefingPublication(UUID briefingId, String summary, String summaryHtml, Instant publishedAt,
        Instant changedAt, @Nullable Instant withdrawnAt, @Nullable String withdrawReason) {

    /** Whether the public sees it now. */
    public boolean isPublic() {
        return withdrawnAt == null;
    }
}
