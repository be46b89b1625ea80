package de.lagezentrum.live.events.web;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.live.AgendaKind;
import de.lagezentrum.live.BlogPosting;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.QaMode;
import de.lagezentrum.live.TeamRole;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * The host's forms of an event: creating ({@code EVENT_HOST}) and editing (host and co-hosts) with the
 * agenda, cancelling with a confirmation, and the team (the host only). Plain forms: "more rows" re-renders
 * the form with further empty agenda rows, without JavaScript.
 */
@Controller
@RequestMapping("/events")
class EventFormController {

    /** The facade's field names, at the form's fields; "agenda" stays a message of the whole form. */
    private static final Map<String, String> FIELDS = Map.of("title", "eventTitle", "description", "description",
            "start", "date", "end", "endTime", "blockedWords", "blockedWords");

    private final LiveEvents events;
    private final DateFormats dates;
    private final Clock clock;

    EventFormController(LiveEvents events, DateFormats dates, Clock clock) {
        this.events = events;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newEvent(Model model) {
        CurrentUser user = CurrentUser.require();
        requireHostRole(user);
        EventForm form = new EventForm();
        form.setDate(dates.today(user.tenantId(), clock).plusDays(7));
        form.offerRows(EventForm.EMPTY_ROWS);
        model.addAttribute("eventForm", form);
        return page(null, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable String more, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        requireHostRole(user);
        if (more != null) {
            return moreRows(form, errors, null, model);
        }
        check(form, errors);
        if (!errors.hasErrors()) {
            try {
                EventView created = events.create(user, form.details(dates.zone()));
                redirect.addFlashAttribute("created", true);
                return "redirect:/events/" + created.id();
            }
            catch (InvalidInputException e) {
                reject(errors, e);
            }
        }
        form.offerRows(EventForm.EMPTY_ROWS);
        return page(null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        EventView event = events.requireTeam(CurrentUser.require(), id, true);
        EventForm form = EventForm.of(event, dates.zone());
        form.offerRows(EventForm.EMPTY_ROWS);
        model.addAttribute("eventForm", form);
        return page(id, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable String more, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        events.requireTeam(user, id, true);
        if (more != null) {
            return moreRows(form, errors, id, model);
        }
        check(form, errors);
        if (form.getVersion() == null) {
            errors.reject("live.event.changed");
        }
        if (!errors.hasErrors()) {
            try {
                events.update(user, id, form.details(dates.zone()), form.getVersion());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/events/" + id;
            }
            catch (InvalidInputException e) {
                reject(errors, e);
            }
            catch (ConflictException e) {
                errors.reject(e.messageKey());
            }
        }
        form.offerRows(EventForm.EMPTY_ROWS);
        return page(id, model);
    }

    /**
     * Cancels the event once the host ticked the confirmation; the browser asks for the tick already, this
     * is for a browser that did not.
     */
    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        EventView event = events.requireTeam(user, id, true);
        if (!confirmed) {
            redirect.addFlashAttribute("cancelUnconfirmed", true);
            return "redirect:/events/" + id;
        }
        try {
            events.cancel(user, id, version == null ? event.version() : version);
            redirect.addFlashAttribute("cancelledNow", true);
        }
        catch (ConflictException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/events/" + id;
    }

    @PostMapping("/{id}/team")
    String putMember(@PathVariable UUID id, @ModelAttribute("teamForm") TeamForm form,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        if (events.requireRole(user, id) != TeamRole.HOST) {
            throw new AccessDeniedException("Only the host changes the team");
        }
        if (form.getPersonId() == null) {
            redirect.addFlashAttribute("refused", "live.team.person.choose");
            return "redirect:/events/" + id + "#team-heading";
        }
        try {
            events.putMember(user, id, form.getPersonId(), form.getRole());
            redirect.addFlashAttribute("teamChanged", true);
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        catch (ConflictException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/events/" + id + "#team-heading";
    }

    @PostMapping("/{id}/team/{personId}/remove")
    String removeMember(@PathVariable UUID id, @PathVariable UUID personId, RedirectAttributes redirect) {
        events.removeMember(CurrentUser.require(), id, personId);
        redirect.addFlashAttribute("teamChanged", true);
        return "redirect:/events/" + id + "#team-heading";
    }

    private String moreRows(EventForm form, BindingResult errors, @Nullable UUID id, Model model) {
        // Only the rows are wanted: what the host has not finished yet is no error.
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "eventForm",
                new BeanPropertyBindingResult(form, "eventForm"));
        int blank = (int) form.getAgenda().stream().filter(EventForm.AgendaRow::blank).count();
        form.offerRows(blank + EventForm.EMPTY_ROWS);
        model.addAttribute("moreRows", true);
        return page(id, model);
    }

    /** What the facade cannot tell per row: which agenda row is wrong. */
    private static void check(EventForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("endTime") && !form.endsAfterStart()) {
            errors.rejectValue("endTime", "live.event.end.before-start");
        }
        for (int i = 0; i < form.getAgenda().size(); i++) {
            EventForm.AgendaRow row = form.getAgenda().get(i);
            if (row.blank()) {
                continue;
            }
            if (row.getTitle().isBlank()) {
                errors.rejectValue("agenda[" + i + "].title", "live.text.required");
            }
            if (row.getStartTime() != null && row.getEndTime() != null && row.getEndTime().isBefore(row.getStartTime())) {
                errors.rejectValue("agenda[" + i + "].endTime", "live.agenda.end.before-start");
            }
        }
    }

    private static void reject(BindingResult errors, InvalidInputException refusal) {
        String field = FIELDS.get(refusal.field());
        if (field == null) {
            errors.reject(refusal.messageKey());
        }
        else {
            errors.rejectValue(field, refusal.messageKey());
        }
    }

    private static void requireHostRole(CurrentUser user) {
        if (!user.hasRole("EVENT_HOST")) {
            throw new AccessDeniedException("Only event hosts create events");
        }
    }

    private String page(@Nullable UUID id, Model model) {
        model.addAttribute("eventId", id);
        model.addAttribute("zone", dates.zone().getId());
        model.addAttribute("kinds", AgendaKind.values());
        model.addAttribute("policies", JoinPolicy.values());
        model.addAttribute("qaModes", QaMode.values());
        model.addAttribute("postings", BlogPosting.values());
        return "live/event-form";
    }
}
