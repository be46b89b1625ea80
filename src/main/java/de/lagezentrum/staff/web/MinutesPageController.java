package de.lagezentrum.staff.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.staff.AgendaItemView;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.EntryView;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.ProtocolManagement;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.SessionView;
import de.lagezentrum.staff.StaffManagement;
import de.lagezentrum.staff.StaffView;
import de.lagezentrum.staff.minutes.SessionStream;

/** A session's page: its agenda, and the minutes recorded under each item. */
@Controller
@RequestMapping("/sessions/{id}")
class MinutesPageController {

    private final SessionManagement sessions;
    private final MinutesManagement minutes;
    private final StaffManagement staffs;
    private final OrganisationManagement organisation;
    private final DateFormats dates;
    private final SessionStream stream;
    private final ProtocolManagement protocols;

    MinutesPageController(SessionManagement sessions, MinutesManagement minutes, StaffManagement staffs,
            OrganisationManagement organisation, DateFormats dates, SessionStream stream,
            ProtocolManagement protocols) {
        this.protocols = protocols;
        this.dates = dates;
        this.stream = stream;
        this.sessions = sessions;
        this.minutes = minutes;
        this.staffs = staffs;
        this.organisation = organisation;
    }

    /** The session page; an htmx refresh after a live event also says so in the polite status region. */
    @GetMapping
    String session(@PathVariable UUID id, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        model.addAttribute("liveUpdate", "true".equals(htmx));
        return session(id, model);
    }

    /**
     * The same page for the live re-read after a stream event, on its own path: a notice flashed for the
     * page a form redirects to is then never taken by a re-read that happens to come first.
     */
    @GetMapping("/live")
    String live(@PathVariable UUID id, Model model) {
        model.addAttribute("liveUpdate", true);
        return session(id, model);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        return stream.subscribe(CurrentUser.require(), id, lastEventId);
    }

    String session(UUID id, Model model) {
        CurrentUser user = CurrentUser.require();
        SessionView session = sessions.session(user, id);
        StaffView staff = staffs.staff(user, session.staffId());
        model.addAttribute("meeting", session);
        model.addAttribute("when", dates.dateTime(session.start()));
        model.addAttribute("staff", staff);
        model.addAttribute("lead", staff.leadId().equals(user.personId()));
        List<AgendaItemView> agenda = minutes.agenda(user, id);
        List<AgendaItemView> regular = agenda.stream().filter(item -> !item.followUpItem()).toList();
        model.addAttribute("agenda", agenda);
        // The lead moves items up and down; the Wiedervorlage stays first.
        model.addAttribute("firstMovable", regular.isEmpty() ? null : regular.get(0).id());
        model.addAttribute("lastMovable", regular.isEmpty() ? null : regular.get(regular.size() - 1).id());
        model.addAttribute("me", user.personId());
        model.addAttribute("entries", minutes.entries(user, id));
        model.addAttribute("departments", organisation.allDepartments(user));
        model.addAttribute("entryTypes", EntryType.values());
        model.addAttribute("protocol", protocols.current(user, id).orElse(null));
        if (!model.containsAttribute("item")) {
            model.addAttribute("item", new AgendaItemForm());
        }
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", new EntryForm());
        }
        return "staff/session";
    }

    @PostMapping("/protocol/finalize")
    String finalise(@PathVariable UUID id, RedirectAttributes redirect) {
        protocols.finalise(CurrentUser.require(), id);
        redirect.addFlashAttribute("finalised", true);
        return "redirect:/sessions/" + id + "#protocol-heading";
    }

    @PostMapping("/protocol/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        protocols.approve(CurrentUser.require(), id);
        redirect.addFlashAttribute("approved", true);
        return "redirect:/sessions/" + id + "#protocol-heading";
    }

    @PostMapping("/agenda")
    String propose(@PathVariable UUID id, @Valid @ModelAttribute("item") AgendaItemForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return session(id, model);
        }
        minutes.propose(CurrentUser.require(), id, form.command());
        redirect.addFlashAttribute("proposed", true);
        return "redirect:/sessions/" + id + "#agenda-heading";
    }

    @PostMapping("/agenda/{itemId}/accept")
    String accept(@PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
        minutes.accept(CurrentUser.require(), id, itemId);
        redirect.addFlashAttribute("accepted", true);
        return "redirect:/sessions/" + id + "#agenda-heading";
    }

    /** Moves an item one place; the focus comes back to the moved item's heading. */
    @PostMapping("/agenda/{itemId}/move")
    String move(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam String direction,
            RedirectAttributes redirect) {
        if (!direction.equals("up") && !direction.equals("down")) {
            throw new InvalidInputException("direction", "validation.malformed");
        }
        minutes.move(CurrentUser.require(), id, itemId, direction.equals("up"));
        redirect.addFlashAttribute("moved", true);
        return "redirect:/sessions/" + id + "#item-" + itemId;
    }

    /** The form to correct a line of the minutes, on the version read now. */
    @GetMapping("/entries/{entryId}/edit")
    String editEntry(@PathVariable UUID id, @PathVariable UUID entryId, Model model) {
        CurrentUser user = CurrentUser.require();
        EntryView entry = minutes.correctableEntry(user, id, entryId);
        if (protocols.current(user, id).isPresent()) {
            throw new ConflictException("protocol.final");
        }
        model.addAttribute("correction", EntryCorrectionForm.of(entry));
        return entryForm(id, entry, model);
    }

    /**
     * Saves a correction. When someone else corrected the entry meanwhile, the form comes back with
     * their text beside the user's own (nothing is lost); saving again then overwrites knowingly.
     */
    @PostMapping("/entries/{entryId}")
    String correctEntry(@PathVariable UUID id, @PathVariable UUID entryId,
            @Valid @ModelAttribute("correction") EntryCorrectionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        if (!errors.hasErrors()) {
            try {
                minutes.correct(user, id, entryId, form.command());
                redirect.addFlashAttribute("corrected", true);
                return "redirect:/sessions/" + id + "#entry-" + entryId;
            }
            catch (ConflictException e) {
                if (e.messageKey().equals("problem.concurrent-change")) {
                    errors.reject("minutes.edit.conflict");
                    EntryView current = minutes.entry(user, id, entryId);
                    model.addAttribute("current", current);
                    form.setVersion(current.version());
                }
                else {
                    errors.reject(e.messageKey());
                }
            }
        }
        return entryForm(id, minutes.correctableEntry(user, id, entryId), model);
    }

    private String entryForm(UUID id, EntryView entry, Model model) {
        CurrentUser user = CurrentUser.require();
        SessionView session = sessions.session(user, id);
        model.addAttribute("meeting", session);
        model.addAttribute("when", dates.dateTime(session.start()));
        model.addAttribute("staff", staffs.staff(user, session.staffId()));
        model.addAttribute("original", entry);
        return "staff/entry";
    }

    @PostMapping("/entries")
    String record(@PathVariable UUID id, @Valid @ModelAttribute("entry") EntryForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (form.getAgendaItemId() == null) {
            errors.rejectValue("agendaItemId", "NotNull");
        }
        if (!errors.hasErrors()) {
            try {
                minutes.record(CurrentUser.require(), id, form.getAgendaItemId(), form.command());
                redirect.addFlashAttribute("recorded", true);
                return "redirect:/sessions/" + id + "#minutes-heading";
            }
            catch (InvalidInputException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return session(id, model);
    }
}
