package de.lagezentrum.platform.security;

/** What a user must still do after the first factor (password or single sign-on). */
public enum MfaRequirement {
    /** Nothing: one factor is enough for this account. */
    NONE,
    /** The account has a second factor: it must be checked before anything else. */
    VERIFY,
    /** The account must use a second factor but has none yet: it may only enrol one. */
    ENROL
}
