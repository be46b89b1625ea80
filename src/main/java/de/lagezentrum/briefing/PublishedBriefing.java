package de.lagezentrum.briefing;

/**
 * A briefing as the public press area shows it: the briefing (without its video link) and its
 * publication, which is public.
 */
public record PublishedBriefing(BriefingView briefing, BriefingPublication publication) {
}
