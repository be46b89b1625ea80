package de.lagezentrum.live;

/** Who writes posts on the event blog; everybody who joined may comment. */
public enum BlogPosting {
    PARTICIPANTS,
    HOSTS
}
