package de.lagezentrum.briefing;

import java.util.List;

/**
 * The front page of the public press area.
 *
 * @param upcoming briefings that have not ended, cancelled ones included, by start
 * @param past published briefings, newest first
 * @param releases published press releases, newest first
 */
public record PressAreaOverview(List<BriefingView> upcoming, List<PublishedBriefing> past,
        List<PressReleaseView> releases) {
}
