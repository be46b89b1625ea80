package de.lagezentrum.live;

/**
 * Whether participants see a poll's results as they come in (LIVE) or only once the team reveals them
 * (HIDDEN), so that the first votes do not steer the rest.
 */
public enum PollVisibility {
    LIVE,
    HIDDEN
}
