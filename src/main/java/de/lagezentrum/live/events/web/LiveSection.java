package de.lagezentrum.live.events.web;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.TeamRole;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * A part of an event's pages that a feature of the module contributes (polls, questions, blog, ideas),
 * declared as a bean: the participant's page, the team's console and the presenter view render every
 * section of their place in order, each from its own fragment with its own model.
 */
public interface LiveSection {

    /** Where a section appears. */
    enum Place {
        PARTICIPANT,
        CONSOLE,
        PRESENTER
    }

    Place place();

    /** Position on the page, ascending. */
    int order();

    /** The fragment, e.g. {@code live/polls/participant :: section}; it reads its model as {@code model}. */
    String fragment();

    /** The fragment's model, or empty to leave the section out for this viewer. */
    Optional<Map<String, Object>> model(Viewer viewer);

    /**
     * Who looks at the page: a participant (participant page), or a team member with their role (console,
     * presenter view).
     */
    record Viewer(EventView event, @Nullable Participant participant, @Nullable CurrentUser user,
            @Nullable TeamRole role) {
    }
}
