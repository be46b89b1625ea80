package de.lagezentrum.staff;

/** Where a task stands. */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
