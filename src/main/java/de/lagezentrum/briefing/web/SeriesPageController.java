package de.lagezentrum.briefing.web;

import java.time.Clock;
import java.time.DayOfWeek;
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
import de.lagezentrum.briefing.BriefingSeriesManagement;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;

/** The press office sets up a weekly briefing series and changes it. */
@Controller
@RequestMapping("/briefings/series")
class SeriesPageController {

    private final BriefingSeriesManagement series;
    private final BriefingManagement briefings;
    private final DateFormats dates;
    private final Clock clock;

    SeriesPageController(BriefingSeriesManagement series, BriefingManagement briefings, DateFormats dates,
            Clock clock) {
        this.series = series;
        this.briefings = briefings;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newSeries(Model model) {
        if (!model.containsAttribute("series")) {
            SeriesForm form = new SeriesForm();
            form.setFirstDate(dates.today(CurrentUser.require().tenantId(), clock));
            model.addAttribute("series", form);
        }
        return form(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("series") SeriesForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("lastDate") && !form.endsAfterItBegins()) {
            errors.rejectValue("lastDate", "series.until.before.from");
        }
        if (!errors.hasErrors()) {
            try {
                series.create(CurrentUser.require(), form.command());
                redirect.addFlashAttribute("seriesCreated", true);
                return "redirect:/briefings";
            }
            catch (InvalidInputException e) {
                FormErrors.reject(errors, e, FormErrors.SERIES_FIELDS);
            }
        }
        return form(null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("series")) {
            model.addAttribute("series", SeriesForm.of(series.series(CurrentUser.require(), id)));
        }
        return form(id, model);
    }

    @PostMapping("/{id}")
    String revise(@PathVariable UUID id, @Valid @ModelAttribute("series") SeriesForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("lastDate") && !form.endsAfterItBegins()) {
            errors.rejectValue("lastDate", "series.until.before.from");
        }
        if (!errors.hasErrors()) {
            try {
                series.revise(CurrentUser.require(), id, form.change());
                redirect.addFlashAttribute("seriesSaved", true);
                return "redirect:/briefings";
            }
            catch (InvalidInputException e) {
                FormErrors.reject(errors, e, FormErrors.SERIES_FIELDS);
            }
            catch (ConflictException e) {
                errors.reject(e.messageKey());
            }
        }
        return form(id, model);
    }

    private String form(@Nullable UUID id, Model model) {
        model.addAttribute("candidates", briefings.candidates(CurrentUser.require()));
        model.addAttribute("seriesId", id);
        model.addAttribute("zone", dates.zone().getId());
        model.addAttribute("weekdays", DayOfWeek.values());
        return "briefing/series-form";
    }
}
