package de.lagezentrum.live;

/** What an agenda item is. */
public enum AgendaKind {
    KEYNOTE,
    TALK,
    DISCUSSION,
    BREAK,
    OTHER
}
