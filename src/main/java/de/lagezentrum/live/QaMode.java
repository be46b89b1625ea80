package de.lagezentrum.live;

/** How questions reach the audience. */
public enum QaMode {
    /** A question waits until a host or moderator lets it through. */
    MODERATED,
    /** A question is visible at once, unless it contains a blocked word. */
    OPEN
}
