package de.lagezentrum.lessons;

/** Whether a proposal fits only the crisis it came from or transfers to other unbounded crises. */
public enum Transferability {
    CRISIS_SPECIFIC,
    TRANSFERABLE
}
