package de.lagezentrum.briefing.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingPublications;
import de.lagezentrum.briefing.BriefingSeriesManagement;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * The press office's briefing pages: upcoming and past briefings with the series, planning and editing a
 * briefing, its page with cancelling and reinstating. Admins read them; chair and panel read their
 * briefing's page. Plain forms: everything works without JavaScript.
 */
@Controller
@RequestMapping("/briefings")
class BriefingPageController {

    /** How many days the list looks ahead and back. */
    static final int LIST_DAYS = 90;

    private final BriefingManagement briefings;
    private final BriefingSeriesManagement series;
    private final BriefingPublications publications;
    private final DateFormats dates;
    private final Clock clock;

    BriefingPageController(BriefingManagement briefings, BriefingSeriesManagement series,
            BriefingPublications publications, DateFormats dates, Clock clock) {
        this.briefings = briefings;
        this.series = series;
        this.publications = publications;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUser.require();
        LocalDate today = dates.today(user.tenantId(), clock);
        Instant now = clock.instant();
        PageRequest all = new PageRequest(0, PageResult.MAX_SIZE);
        model.addAttribute("upcoming", briefings.briefings(user, today, today.plusDays(LIST_DAYS), all).items()
                .stream().filter(briefing -> briefing.end().isAfter(now)).toList());
        List<BriefingView> past = new ArrayList<>(briefings.briefings(user, today.minusDays(LIST_DAYS), today, all)
                .items().stream().filter(briefing -> !briefing.end().isAfter(now)).toList());
        Collections.reverse(past);
        model.addAttribute("past", past);
        model.addAttribute("allSeries", series.allSeries(user));
        model.addAttribute("canManage", user.hasRole("PRESS_OFFICE"));
        return "briefing/briefings";
    }

    @GetMapping("/new")
    String newBriefing(Model model) {
        if (!model.containsAttribute("briefing")) {
            BriefingForm form = new BriefingForm();
            form.setDate(dates.today(CurrentUser.require().tenantId(), clock).plusDays(1));
            model.addAttribute("briefing", form);
        }
        return form(null, model);
    }

    @PostMapping
    String plan(@Valid @ModelAttribute("briefing") BriefingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("endTime") && !form.endsAfterStart()) {
            errors.rejectValue("endTime", "briefing.end.before.start");
        }
        if (!errors.hasErrors()) {
            try {
                BriefingView planned = briefings.plan(CurrentUser.require(), form.command(dates.zone()));
                redirect.addFlashAttribute("planned", true);
                return "redirect:/briefings/" + planned.id();
            }
            catch (InvalidInputException e) {
                FormErrors.reject(errors, e, FormErrors.BRIEFING_FIELDS);
            }
        }
        return form(null, model);
    }

    @GetMapping("/{id}")
    String briefing(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.require();
        BriefingView view = briefings.briefing(user, id);
        model.addAttribute("view", view);
        model.addAttribute("canManage", user.hasRole("PRESS_OFFICE"));
        // The publication section (briefing/press/publish.html): the press office's and admins' only.
        boolean readsAll = user.hasRole("PRESS_OFFICE") || user.hasRole("ADMIN");
        model.addAttribute("publication", readsAll ? publications.publication(user, id).orElse(null) : null);
        model.addAttribute("held", !view.end().isAfter(clock.instant()));
        if (!model.containsAttribute("cancellation")) {
            model.addAttribute("cancellation", new CancelForm());
        }
        return "briefing/briefing";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("briefing")) {
            model.addAttribute("briefing", BriefingForm.of(briefings.briefing(CurrentUser.require(), id), dates.zone()));
        }
        return form(id, model);
    }

    @PostMapping("/{id}")
    String revise(@PathVariable UUID id, @Valid @ModelAttribute("briefing") BriefingForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("endTime") && !form.endsAfterStart()) {
            errors.rejectValue("endTime", "briefing.end.before.start");
        }
        if (!errors.hasErrors()) {
            try {
                briefings.revise(CurrentUser.require(), id, form.command(dates.zone()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/briefings/" + id;
            }
            catch (InvalidInputException e) {
                FormErrors.reject(errors, e, FormErrors.BRIEFING_FIELDS);
            }
            catch (ConflictException e) {
                errors.reject(e.messageKey());
            }
        }
        return form(id, model);
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, @Valid @ModelAttribute("cancellation") CancelForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("cancelOpen", true);
            return briefing(id, model);
        }
        briefings.cancel(CurrentUser.require(), id, form.getReason());
        redirect.addFlashAttribute("cancelled", true);
        return "redirect:/briefings/" + id;
    }

    @PostMapping("/{id}/reinstate")
    String reinstate(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        try {
            briefings.reinstate(CurrentUser.require(), id);
        }
        catch (ConflictException e) {
            model.addAttribute("reinstateRefused", e.messageKey());
            return briefing(id, model);
        }
        redirect.addFlashAttribute("reinstated", true);
        return "redirect:/briefings/" + id;
    }

    /** The form page; the candidates are the press office's to see, so for anybody else it is 403. */
    private String form(@Nullable UUID id, Model model) {
        model.addAttribute("candidates", briefings.candidates(CurrentUser.require()));
        model.addAttribute("briefingId", id);
        model.addAttribute("zone", dates.zone().getId());
        return "briefing/briefing-form";
    }
}
