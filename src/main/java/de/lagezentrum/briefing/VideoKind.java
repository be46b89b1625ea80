package de.lagezentrum.briefing;

/** How a briefing's video room is held. */
public enum VideoKind {
    /** A BigBlueButton meeting, created and joined through its signed API. */
    BIGBLUEBUTTON,
    /** A Jitsi room entered with a signed token. */
    JITSI,
    /** A plain link to a room elsewhere, the same for everyone. */
    LINK
}
