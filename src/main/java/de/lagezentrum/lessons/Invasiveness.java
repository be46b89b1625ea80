package de.lagezentrum.lessons;

/**
 * How deep a proposal reaches into the administration (seed 002): minimal-invasive (e.g. a crisis officer
 * in each department), moderate, structural, or long-term (e.g. trust networks in civil society).
 */
public enum Invasiveness {
    MINIMAL,
    MODERATE,
    STRUCTURAL,
    LONG_TERM
}
