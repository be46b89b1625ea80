package de.lagezentrum.briefing.web;

import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import de.lagezentrum.briefing.video.BigBlueButtonException;
import de.lagezentrum.briefing.video.JoinPage;
import de.lagezentrum.briefing.video.RoomEntrance;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The join page the reminder mail links to, for the municipality's journalists, the press office, chair
 * and panel; for everybody else it does not exist. A plain link is shown as it is; a BigBlueButton or
 * Jitsi room is entered through {@code /briefings/{id}/room}, which makes the personal, signed address
 * only when it is asked for and only while the room is open, and sends the browser there.
 */
@Controller
class BriefingJoinController {

    private static final Logger log = LoggerFactory.getLogger(BriefingJoinController.class);

    private final RoomEntrance entrance;

    BriefingJoinController(RoomEntrance entrance) {
        this.entrance = entrance;
    }

    @GetMapping("/briefings/{id}/join")
    ModelAndView join(@PathVariable UUID id) {
        return page(entrance.page(CurrentUser.require(), id), false);
    }

    @GetMapping("/briefings/{id}/room")
    ModelAndView room(@PathVariable UUID id, HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        try {
            // Without a room to enter now, the join page says when it opens, that it is over or called
            // off, or shows the plain link.
            return redirect(entrance.enter(user, id).map(URI::toString).orElse("/briefings/" + id + "/join"));
        } catch (BigBlueButtonException e) {
            log.warn("No BigBlueButton room for briefing {}: {}", id, e.getMessage());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return page(entrance.page(user, id), true);
        }
    }

    private static ModelAndView page(JoinPage join, boolean unavailable) {
        ModelAndView page = new ModelAndView("briefing/join");
        page.addObject("join", join);
        page.addObject("briefing", join.briefing());
        page.addObject("unavailable", unavailable);
        return page;
    }

    private static ModelAndView redirect(String location) {
        RedirectView view = new RedirectView(location, true);
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(view);
    }
}
