package de.lagezentrum.live;

/** The order of an event's question list; pinned questions come first in both. */
public enum LiveQuestionSort {
    /** Most upvotes first, and among equals the earlier question. */
    VOTES,
    /** The newest first. */
    TIME
}
