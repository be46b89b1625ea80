package de.lagezentrum.live.ideas.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import de.lagezentrum.live.IdeaView;
import de.lagezentrum.live.LiveIdeas;
import de.lagezentrum.live.events.web.LiveSection;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;

/** The event's ideas on the team's console, with the exports; host and co-hosts unmark. */
@Component
class IdeaConsoleSection implements LiveSection {

    /** The flash attribute with the message key of what marking or unmarking did. */
    static final String OUTCOME = "ideaOutcome";
    /**
     * The id of the outcome's notice, the fragment of the redirect: focusable, so the browser moves the focus
     * to it, with or without JavaScript.
     */
    static final String OUTCOME_ID = "idea-outcome";

    private final LiveIdeas ideas;
    private final DateFormats dates;

    IdeaConsoleSection(LiveIdeas ideas, DateFormats dates) {
        this.ideas = ideas;
        this.dates = dates;
    }

    @Override
    public Place place() {
        return Place.CONSOLE;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String fragment() {
        return "live/ideas/console :: section";
    }

    @Override
    public Optional<Map<String, Object>> model(Viewer viewer) {
        if (viewer.user() == null) {
            return Optional.empty();
        }
        return Optional.of(model(viewer.user(), viewer.event().id(), ideas.ideas(viewer.user(), viewer.event().id())));
    }

    Map<String, Object> model(CurrentUser user, UUID eventId, List<IdeaView> list) {
        Map<String, Object> model = new HashMap<>();
        model.put("eventId", eventId);
        model.put("ideas", list);
        model.put("unmarks", ideas.marksIdeas(user, eventId));
        model.put("zone", dates.zone(user.tenantId()));
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            Map<String, ?> flash = RequestContextUtils.getInputFlashMap(attributes.getRequest());
            if (flash != null && flash.get(OUTCOME) != null) {
                model.put("outcome", flash.get(OUTCOME));
            }
        }
        return model;
    }
}
