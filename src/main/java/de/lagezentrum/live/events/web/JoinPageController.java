package de.lagezentrum.live.events.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lagezentrum.live.Joined;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.events.JoinCodes;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The join page: the code (typed, or from the join link and QR code {@code /join/<code>}) and an optional
 * name. Joining sets the participant cookie of the event's pages and leads to them. A signed-in account of
 * the municipality joins as itself.
 */
@Controller
class JoinPageController {

    private final LiveEvents events;
    private final Clock clock;

    JoinPageController(LiveEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/join")
    String form(@RequestParam(required = false) @Nullable String code, Model model) {
        JoinForm form = new JoinForm();
        form.setCode(JoinCodes.normalise(code).map(JoinPageController::grouped).orElse(code == null ? null
                : code.strip()));
        return page(model, form);
    }

    /** The join link and the QR code lead here: the code is filled in. */
    @GetMapping("/join/{code}")
    String link(@PathVariable String code, Model model) {
        JoinForm form = new JoinForm();
        form.setCode(JoinCodes.normalise(code).map(JoinPageController::grouped).orElse(null));
        return page(model, form);
    }

    @PostMapping("/join")
    String join(@ModelAttribute("join") JoinForm form, BindingResult errors, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Joined joined;
        try {
            joined = events.join(form.getCode(), form.getDisplayName(), CurrentUser.current().orElse(null));
        }
        catch (NotFoundException e) {
            errors.rejectValue("code", "live.join.unknown");
            return page(model, form);
        }
        catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.messageKey());
            return page(model, form);
        }
        catch (ConflictException e) {
            errors.rejectValue("code", e.messageKey());
            return page(model, form);
        }
        catch (AccessDeniedException e) {
            errors.rejectValue("code", "live.join.account-required");
            model.addAttribute("accountRequired", true);
            return page(model, form);
        }
        ParticipantCookie.set(request, response, joined.participant().eventId(), joined.participantToken(),
                joined.expires(), clock.instant());
        return "redirect:/live/" + joined.participant().eventId();
    }

    private static String page(Model model, JoinForm form) {
        if (!model.containsAttribute("join")) {
            model.addAttribute("join", form);
        }
        return "live/join";
    }

    private static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }
}
