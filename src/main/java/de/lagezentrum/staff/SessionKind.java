package de.lagezentrum.staff;

/** Regular sessions come from a series; extraordinary ones are called at short notice. */
public enum SessionKind {
    REGULAR,
    EXTRAORDINARY
}
