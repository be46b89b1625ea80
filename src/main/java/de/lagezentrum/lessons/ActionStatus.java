package de.lagezentrum.lessons;

/** The state of a remedial action (Maßnahme) of a lesson. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
