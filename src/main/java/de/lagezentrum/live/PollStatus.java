package de.lagezentrum.live;

/** A poll is prepared (DRAFT), then opened and closed live by the team; votes count only while OPEN. */
public enum PollStatus {
    DRAFT,
    OPEN,
    CLOSED
}
