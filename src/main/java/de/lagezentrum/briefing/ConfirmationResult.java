package de.lagezentrum.briefing;

/** What opening a confirmation link did. */
public enum ConfirmationResult {
    /** The address is confirmed; the registration waits for the press office. */
    CONFIRMED,
    /** The link was forged, damaged, already used or for a registration that is gone. Nothing changed. */
    INVALID,
    /** The link's 48 hours are over. Nothing changed. */
    EXPIRED
}
