package de.lagezentrum.staff;

/** What a line of the minutes records. */
public enum EntryType {
    NOTE,
    DECISION,
    TASK
}
