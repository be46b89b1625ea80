package de.lagezentrum.briefing;

/**
 * Where a journalist's question stands in the press office's queue: pending, accepted, being answered
 * now, answered; or rejected with a reason, or merged into another question that asks the same.
 */
public enum QuestionStatus {
    /** Asked, not yet looked at. */
    PENDING,
    /** Will be answered. */
    ACCEPTED,
    /** Being answered now; at most one question of a briefing at a time. */
    ANSWERING,
    /** Answered, possibly with the answer as text. */
    ANSWERED,
    /** Will not be answered; the journalist sees the reason. */
    REJECTED,
    /** Asks what another question asks; that one (the lead) is answered instead. */
    MERGED;

    /** Whether nothing more happens to it. */
    public boolean done() {
        return this == ANSWERED || this == REJECTED || this == MERGED;
    }
}
