package de.lagezentrum.live;

/** A person's part in running an event. */
public enum TeamRole {
    /** Created the event; everything a co-host may, and the team. */
    HOST,
    /** Runs the event: agenda, polls, questions, blog, ideas. */
    CO_HOST,
    /** Moderates questions and the blog. */
    MODERATOR;

    /** Whether this role runs the event (agenda, polls, settings), not only moderates. */
    public boolean runs() {
        return this != MODERATOR;
    }
}
