package de.lagezentrum.live;

/** Where a question of an event's audience stands. */
public enum LiveQuestionStatus {
    /** Waits for the team: in the moderated mode, or held back for a blocked word. */
    PENDING,
    VISIBLE,
    /** Visible and shown first. */
    PINNED,
    ANSWERED,
    /** Taken off the list by the team. */
    HIDDEN,
    /** A duplicate; its upvotes went to the question it was merged into. */
    MERGED;

    /** Whether every participant sees a question in this status. */
    public boolean shown() {
        return this == VISIBLE || this == PINNED || this == ANSWERED;
    }

    /** Whether participants may upvote a question in this status. */
    public boolean upvotable() {
        return this == VISIBLE || this == PINNED;
    }
}
