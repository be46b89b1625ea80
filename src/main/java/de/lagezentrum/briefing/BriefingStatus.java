package de.lagezentrum.briefing;

/**
 * Whether a briefing takes place. Whether it is running or over follows from its start and end; whether
 * its material is public, from its publication time.
 */
public enum BriefingStatus {
    /** Announced and going ahead (also after it was moved to another time). */
    PLANNED,
    /** Called off; journalists see that it was, and why if the press office said so. */
    CANCELLED
}
