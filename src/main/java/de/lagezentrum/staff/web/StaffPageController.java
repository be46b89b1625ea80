package de.lagezentrum.staff.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.StaffManagement;
import de.lagezentrum.staff.StaffView;
import de.lagezentrum.staff.sessions.CalendarFeeds;

/** My staffs, setting one up, and a staff's page with members and topic areas. */
@Controller
@RequestMapping("/staffs")
class StaffPageController {

    private final StaffManagement staffs;
    private final SessionManagement sessions;
    private final PeopleManagement people;
    private final OrganisationManagement organisation;
    private final CalendarFeeds feeds;

    StaffPageController(StaffManagement staffs, SessionManagement sessions, PeopleManagement people,
            OrganisationManagement organisation, CalendarFeeds feeds) {
        this.feeds = feeds;
        this.staffs = staffs;
        this.sessions = sessions;
        this.people = people;
        this.organisation = organisation;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("staffs", staffs.myStaffs(CurrentUser.require()));
        model.addAttribute("feedExists", feeds.exists(CurrentUser.require()));
        if (!model.containsAttribute("staff")) {
            model.addAttribute("staff", new StaffForm());
        }
        return "staff/staffs";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("staff") StaffForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                StaffView created = staffs.create(CurrentUser.require(), form.command());
                redirect.addFlashAttribute("created", created.name());
                return "redirect:/staffs/" + created.id();
            }
            catch (InvalidInputException e) {
                errors.rejectValue(e.field().equals("name") ? "name" : "topics", e.messageKey());
            }
        }
        return list(model);
    }

    @GetMapping("/{id}")
    String staff(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.require();
        StaffView staff = staffs.staff(user, id);
        model.addAttribute("view", staff);
        model.addAttribute("lead", staff.leadId().equals(user.personId()));
        if (!model.containsAttribute("member")) {
            model.addAttribute("member", new MemberForm());
        }
        model.addAttribute("candidates",
                people.people(user, null, null, new PageRequest(0, PageResult.MAX_SIZE)).items());
        model.addAttribute("departments", organisation.allDepartments(user));
        model.addAttribute("upcoming", sessions.upcoming(user, id, 56));
        model.addAttribute("allSeries", sessions.series(user, id));
        if (!model.containsAttribute("series")) {
            model.addAttribute("series", new SeriesForm());
        }
        if (!model.containsAttribute("extraordinary")) {
            model.addAttribute("extraordinary", new SessionForm());
        }
        model.addAttribute("weekdays", java.time.DayOfWeek.values());
        return "staff/staff";
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable UUID id, @Valid @ModelAttribute("member") MemberForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                staffs.addMember(CurrentUser.require(), id, form.command());
                redirect.addFlashAttribute("memberAdded", true);
                return "redirect:/staffs/" + id;
            }
            catch (InvalidInputException e) {
                errors.rejectValue("personId", e.messageKey());
            }
        }
        return staff(id, model);
    }

    @PostMapping("/{id}/topics/{index}")
    String assignTopic(@PathVariable UUID id, @PathVariable int index,
            @RequestParam(required = false) @Nullable UUID departmentId, RedirectAttributes redirect) {
        staffs.assignTopic(CurrentUser.require(), id, index, departmentId);
        redirect.addFlashAttribute("topicSaved", true);
        return "redirect:/staffs/" + id;
    }
}
