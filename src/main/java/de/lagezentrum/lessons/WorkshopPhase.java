package de.lagezentrum.lessons;

/**
 * The phases a reflection workshop goes through (API.md): Rückschau, Bestandsaufnahme,
 * Erfahrungsaustausch, Ausblick, Brainstorming, and closed. A new workshop starts with {@link #REVIEW}.
 */
public enum WorkshopPhase {
    REVIEW,
    INVENTORY,
    EXCHANGE,
    OUTLOOK,
    BRAINSTORMING,
    CLOSED
}
