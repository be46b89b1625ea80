package de.lagezentrum.briefing;

/** Bounds of a briefing's and a series' contents, shared by API, pages and the facades' checks. */
public final class BriefingLimits {

    /** Most people of the city on one panel. */
    public static final int PANEL = 20;

    /** Most external guests on one panel. */
    public static final int GUESTS = 20;

    /** A video room's address: https, no white space. */
    public static final String HTTPS = "https://\\S+";

    /** Longest briefing. */
    public static final int MAX_MINUTES = 1440;

    private BriefingLimits() {
    }
}
