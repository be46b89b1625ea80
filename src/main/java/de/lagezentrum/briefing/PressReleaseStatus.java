package de.lagezentrum.briefing;

/** Where a press release stands: a draft only the press office sees, public, or taken back. */
public enum PressReleaseStatus {
    /** Written, previewed, not yet public. */
    DRAFT,
    /** In the press area and its feed. */
    PUBLISHED,
    /** Taken back with a reason; can be published again. */
    WITHDRAWN
}
