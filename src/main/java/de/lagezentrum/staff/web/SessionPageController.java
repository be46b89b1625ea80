package de.lagezentrum.staff.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.staff.SessionManagement;

/** The lead plans sessions from the staff page: a weekly series, or an extraordinary session. */
@Controller
@RequestMapping("/staffs/{id}")
class SessionPageController {

    private final SessionManagement sessions;
    private final StaffPageController staffPage;
    private final DateFormats dates;

    SessionPageController(SessionManagement sessions, StaffPageController staffPage, DateFormats dates) {
        this.sessions = sessions;
        this.staffPage = staffPage;
        this.dates = dates;
    }

    @PostMapping("/series")
    String createSeries(@PathVariable UUID id, @Valid @ModelAttribute("series") SeriesForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && form.getUntil() != null && form.getFrom() != null
                && form.getUntil().isBefore(form.getFrom())) {
            errors.rejectValue("until", "series.until.before.from");
        }
        if (!errors.hasErrors()) {
            try {
                sessions.createSeries(CurrentUser.require(), id, form.command());
                redirect.addFlashAttribute("seriesCreated", true);
                return "redirect:/staffs/" + id + "#sessions-heading";
            }
            catch (InvalidInputException e) {
                errors.reject(e.messageKey());
            }
        }
        model.addAttribute("planningOpen", true);
        return staffPage.staff(id, model);
    }

    @PostMapping("/sessions")
    String call(@PathVariable UUID id, @Valid @ModelAttribute("extraordinary") SessionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("endTime") && !form.endsAfterStart()) {
            errors.rejectValue("endTime", "session.end.before.start");
        }
        if (errors.hasErrors()) {
            model.addAttribute("planningOpen", true);
            return staffPage.staff(id, model);
        }
        sessions.call(CurrentUser.require(), id, form.command(dates.zone()));
        redirect.addFlashAttribute("sessionCalled", true);
        return "redirect:/staffs/" + id + "#sessions-heading";
    }
}
