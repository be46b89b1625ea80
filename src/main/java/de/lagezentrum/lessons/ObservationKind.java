package de.lagezentrum.lessons;

/** What an observation says (API.md): something went well, went badly, or was a challenge. */
public enum ObservationKind {
    WENT_WELL,
    WENT_BADLY,
    CHALLENGE
}
