package de.lagezentrum.live;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A question as its viewer sees it. Participants see {@code author} only when the asker chose to give
 * their name; the team sees it likewise (an anonymous question stays anonymous), and sees {@code flagged}
 * (held back for a blocked word).
 *
 * @param author the name it was asked under; null when asked anonymously
 * @param mine whether the viewing participant asked it (false for the team)
 * @param upvoted whether the viewing participant upvoted it (false for the team)
 * @param mergedInto the question a duplicate was merged into
 */
public record LiveQuestionView(UUID id, UUID eventId, String text, long upvotes, LiveQuestionStatus status,
        @Nullable String author, Instant askedAt, boolean flagged, @Nullable Lead mergedInto, boolean mine,
        boolean upvoted, long version) {

    /** Whether it is shown first. */
    @JsonProperty
    public boolean pinned() {
        return status == LiveQuestionStatus.PINNED;
    }

    /** Whether it waits for the team (for its asker: "waiting for moderation"). */
    @JsonProperty
    public boolean waiting() {
        return status == LiveQuestionStatus.PENDING;
    }

    /** The question a duplicate was merged into. */
    public record Lead(UUID id, String text) {
    }
}
