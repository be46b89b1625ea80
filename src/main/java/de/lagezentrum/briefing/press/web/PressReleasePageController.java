package de.lagezentrum.briefing.press.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.PressReleaseView;
import de.lagezentrum.briefing.PressReleases;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.PageRequest;

/**
 * The press office's press releases: the list, a new draft, and a release's page with its preview (the
 * text as the public will see it), the form to correct it, publishing and withdrawing with a reason.
 */
@Controller
@RequestMapping(PressPages.RELEASES)
class PressReleasePageController {

    /** How many days back the briefing choice reaches. */
    static final int BRIEFING_DAYS = 90;

    private final PressReleases releases;
    private final BriefingManagement briefings;
    private final DateFormats dates;
    private final Clock clock;

    PressReleasePageController(PressReleases releases, BriefingManagement briefings, DateFormats dates, Clock clock) {
        this.releases = releases;
        this.briefings = briefings;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("releases", releases.releases(CurrentUser.require()));
        return "briefing/press/releases";
    }

    @GetMapping("/neu")
    String newRelease(Model model) {
        releases.requireWriter(CurrentUser.require());
        if (!model.containsAttribute("release")) {
            model.addAttribute("release", new PressReleaseForm());
        }
        return form(null, model);
    }

    @PostMapping
    String draft(@ModelAttribute("release") PressReleaseForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        try {
            PressReleaseView saved = releases.draft(CurrentUser.require(), form.command());
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + PressPages.RELEASES + "/" + saved.id();
        }
        catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.messageKey());
        }
        return form(null, model);
    }

    @GetMapping("/{id}")
    String release(@PathVariable UUID id, Model model) {
        PressReleaseView release = releases.release(CurrentUser.require(), id);
        model.addAttribute("view", release);
        if (!model.containsAttribute("release")) {
            model.addAttribute("release", PressReleaseForm.of(release));
        }
        return form(id, model);
    }

    @PostMapping("/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute("release") PressReleaseForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        try {
            releases.revise(CurrentUser.require(), id, form.command());
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + PressPages.RELEASES + "/" + id;
        }
        catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.messageKey());
        }
        catch (ConflictException e) {
            errors.reject(e.messageKey());
        }
        model.addAttribute("view", releases.release(CurrentUser.require(), id));
        return form(id, model);
    }

    @PostMapping("/{id}/veroeffentlichen")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        releases.publish(CurrentUser.require(), id);
        redirect.addFlashAttribute("published", true);
        return "redirect:" + PressPages.RELEASES + "/" + id;
    }

    @PostMapping("/{id}/zurueckziehen")
    String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            releases.withdraw(CurrentUser.require(), id, reason);
            redirect.addFlashAttribute("withdrawn", true);
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("withdrawError", e.messageKey());
        }
        catch (ConflictException e) {
            redirect.addFlashAttribute("withdrawError", e.messageKey());
        }
        return "redirect:" + PressPages.RELEASES + "/" + id + "#withdraw-heading";
    }

    /** The form page; the briefings of the last 90 days and the next 90 are offered to link to. */
    private String form(@Nullable UUID id, Model model) {
        CurrentUser user = CurrentUser.require();
        LocalDate today = dates.today(user.tenantId(), clock);
        model.addAttribute("releaseId", id);
        model.addAttribute("briefingChoices", briefings.briefings(user, today.minusDays(BRIEFING_DAYS),
                today.plusDays(BRIEFING_DAYS), new PageRequest(0, 200)).items());
        return "briefing/press/release-form";
    }
}
