package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A press release.
 *
 * @param body the text as written (Markdown)
 * @param bodyHtml the text as sanitised HTML
 * @param briefingId the briefing it belongs to; may be null
 * @param publishedAt when it went public (the last time); null while a draft
 * @param withdrawnAt when it was taken back; null unless withdrawn
 * @param withdrawReason why; null unless withdrawn
 * @param changedAt when it last changed (the feed's {@code updated})
 * @param version for optimistic locking of edits
 */
public record PressReleaseView(UUID id, String title, String body, String bodyHtml, @Nullable UUID briefingId,
        PressReleaseStatus status, @Nullable Instant publishedAt, @Nullable Instant withdrawnAt,
        @Nullable String withdrawReason, Instant changedAt, long version) {

    /** Whether the public sees it now. */
    public boolean isPublic() {
        return status == PressReleaseStatus.PUBLISHED;
    }
}
