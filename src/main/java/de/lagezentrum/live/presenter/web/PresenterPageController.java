package de.lagezentrum.live.presenter.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.TeamRole;
import de.lagezentrum.live.events.web.JoinLinks;
import de.lagezentrum.live.events.web.LiveSection;
import de.lagezentrum.live.events.web.LiveSections;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The projector page of an event, for its team: title, join code, link and QR code, and the sections the
 * features contribute for the place {@code PRESENTER}. {@code ?show=poll} or {@code ?show=questions} says
 * what goes on the screen; the page re-reads itself on every change of the team's stream and announces it
 * politely, without moving the focus.
 */
@Controller
class PresenterPageController {

    private final LiveEvents events;
    private final LiveSections sections;
    private final MessageSource messages;

    PresenterPageController(LiveEvents events, LiveSections sections, MessageSource messages) {
        this.events = events;
        this.sections = sections;
        this.messages = messages;
    }

    @GetMapping("/events/{id}/presenter")
    String presenter(@PathVariable UUID id, @RequestParam(required = false) @Nullable String show,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        CurrentUser user = CurrentUser.require();
        TeamRole role = events.requireRole(user, id);
        EventView event = events.event(user, id);
        String chosen = LiveSection.Viewer.SHOW_POLL.equals(show) || LiveSection.Viewer.SHOW_QUESTIONS.equals(show)
                ? show : null;
        model.addAttribute("event", event);
        model.addAttribute("joinLink", JoinLinks.of(event));
        model.addAttribute("qrSvg", JoinLinks.qrSvg(event, messages));
        model.addAttribute("show", chosen);
        model.addAttribute("liveUpdate", htmx != null);
        model.addAttribute("sections", sections.render(LiveSection.Place.PRESENTER,
                new LiveSection.Viewer(event, null, user, role, chosen)));
        return "live/presenter/presenter";
    }
}
