package de.lagezentrum.briefing.press;

import java.util.Map;
import java.util.Optional;

import de.lagezentrum.briefing.PublishedBriefing;

/**
 * A section of a published briefing's public page (<code>/presse/briefings/&#123;id&#125;</code>) that another part of
 * the module adds as a bean: the answered questions, the recording, the O-Töne, the press kit. It is asked
 * only for a briefing that is published, so its model may show what it holds for that briefing; its
 * fragment renders one {@code <section aria-labelledby="…">} with an {@code <h2>}.
 */
public interface PublicBriefingSection {

    /** Where it stands on the page; the summary comes first (0), then by this number. */
    int order();

    /** The fragment to render, {@code template :: selector}; it sees the model as {@code section}. */
    String fragment();

    /** What the fragment shows for this briefing; empty when the section has nothing to show. */
    Optional<Map<String, Object>> model(PublishedBriefing briefing);
}
