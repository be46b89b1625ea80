package de.lagezentrum.live;

/** Who may join an event by its code. */
public enum JoinPolicy {
    /** Anybody with the code; a name is optional. */
    ANONYMOUS,
    /** Anybody with the code who gives a name. */
    NAMED,
    /** Only signed-in accounts of the event's municipality. */
    CITY_ACCOUNTS
}
