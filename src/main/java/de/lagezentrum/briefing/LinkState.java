package de.lagezentrum.briefing;

/** What a mailed link (confirming the address, answering the press office) is good for. */
public enum LinkState {
    /** The link works: checking it found it unused. */
    OPEN,
    /** The link did its work just now. */
    DONE,
    /** The link was used already, or the accreditation has moved on since it was sent. Nothing changed. */
    USED,
    /** The link's time is over. Nothing changed. */
    EXPIRED,
    /** The link is forged or damaged. Nothing changed. */
    INVALID
}
