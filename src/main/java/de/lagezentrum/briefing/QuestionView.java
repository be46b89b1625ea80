package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A journalist's question to a briefing, as the press office's queue, the journalist's own page and the
 * API show it. All texts are plain text.
 *
 * @param authorId the journalist's person
 * @param assigneeId the person of the panel (or the chair) who is to answer it; null while nobody is
 * @param rejectionReason why it was rejected, shown to the journalist; null unless rejected
 * @param lead the question it was merged into; null unless merged
 * @param answeringStartedAt when its answer began (wall clock, UTC); the time code in a recording is this
 *        minus the recording's start. Null while it was never marked as being answered now
 * @param answer the answer as plain text; may be null also when answered (answered in the room only)
 * @param answeredAt when it was marked answered; null before
 * @param version counts its changes, for optimistic locking
 */
public record QuestionView(UUID id, UUID briefingId, UUID authorId, String authorName, String text,
        QuestionStatus status, Instant askedAt, @Nullable UUID assigneeId, @Nullable String rejectionReason,
        @Nullable Lead lead, @Nullable Instant answeringStartedAt, @Nullable String answer,
        @Nullable Instant answeredAt, long version) {

    /**
     * The lead question a duplicate was merged into, as its author sees it (without the lead's author).
     *
     * @param answer the lead's answer; null while there is none
     */
    public record Lead(UUID id, String text, QuestionStatus status, @Nullable String answer) {
    }
}
