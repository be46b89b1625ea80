package de.lagezentrum.staff.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import de.lagezentrum.organisation.DepartmentView;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.staff.StaffManagement;
import de.lagezentrum.staff.StaffView;
import de.lagezentrum.staff.TaskManagement;
import de.lagezentrum.staff.TaskStatus;
import de.lagezentrum.staff.TaskView;

/** The task board across the user's staffs: filter by owner, status, topic, overdue; change a task's status. */
@Controller
class TaskPageController {

    private final TaskManagement tasks;
    private final StaffManagement staffs;
    private final PeopleManagement people;
    private final OrganisationManagement organisation;
    private final DateFormats dates;

    TaskPageController(TaskManagement tasks, StaffManagement staffs, PeopleManagement people,
            OrganisationManagement organisation, DateFormats dates) {
        this.dates = dates;
        this.tasks = tasks;
        this.staffs = staffs;
        this.people = people;
        this.organisation = organisation;
    }

    @GetMapping("/tasks")
    String board(@RequestParam(defaultValue = "all") String owner,
            @RequestParam(required = false) @Nullable TaskStatus status,
            @RequestParam(required = false) @Nullable String topic,
            @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        CurrentUser user = CurrentUser.require();
        List<StaffView> mine = staffs.myStaffs(user);
        // The topic areas of all the user's staffs, each name once; an unknown topic filters nothing out.
        List<String> topics = mine.stream().flatMap(staff -> staff.topics().stream()).distinct().sorted().toList();
        String chosenTopic = topic != null && topics.contains(topic) ? topic : null;
        PersonView me = people.person(user, user.personId());
        UUID assignee = owner.equals("mine") ? user.personId() : null;
        UUID department = owner.equals("department") ? me.departmentId() : null;
        List<TaskView> found = owner.equals("department") && department == null ? List.of()
                : tasks.tasks(user, assignee, department, status, chosenTopic, overdue);
        model.addAttribute("tasks", found);
        model.addAttribute("owner", owner);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("topic", chosenTopic);
        model.addAttribute("topics", topics);
        model.addAttribute("statuses", TaskStatus.values());
        // After a status change the board comes back with the same filters.
        model.addAttribute("back", UriComponentsBuilder.fromPath("/tasks").queryParam("owner", owner)
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("topic", java.util.Optional.ofNullable(chosenTopic))
                .queryParam("overdue", overdue).encode().build().toUriString());
        model.addAttribute("people", people.people(user, found.stream().map(TaskView::assigneeId)
                .filter(id -> id != null).toList()));
        model.addAttribute("departments", organisation.allDepartments(user).stream()
                .collect(Collectors.toMap(DepartmentView::id, DepartmentView::name)));
        model.addAttribute("staffNames", mine.stream()
                .collect(Collectors.toMap(StaffView::id, StaffView::name, (a, b) -> a)));
        return "staff/tasks";
    }

    /** One task: where it comes from, who carries it out, its status history, and its status to change. */
    @GetMapping("/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.require();
        TaskView task = tasks.task(user, id);
        model.addAttribute("task", task);
        model.addAttribute("history", tasks.history(user, id));
        model.addAttribute("staff", staffs.staff(user, task.staffId()));
        model.addAttribute("assignee", task.assigneeId() == null ? null
                : people.people(user, List.of(task.assigneeId())).get(task.assigneeId()));
        model.addAttribute("department", task.departmentId() == null ? null : organisation.allDepartments(user)
                .stream().filter(d -> d.id().equals(task.departmentId())).map(DepartmentView::name).findFirst()
                .orElse(null));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("back", "/tasks/" + id);
        model.addAttribute("dates", dates);
        return "staff/task";
    }

    @PostMapping("/tasks/{id}/status")
    String changeStatus(@PathVariable UUID id, @RequestParam TaskStatus status, @RequestParam long version,
            @RequestParam(defaultValue = "/tasks") String back, RedirectAttributes redirect) {
        try {
            tasks.changeStatus(CurrentUser.require(), id, status, version);
            redirect.addFlashAttribute("statusChanged", true);
        }
        catch (ConflictException e) {
            redirect.addFlashAttribute("statusConflict", true);
        }
        // Back to the board with its filters, or to the task's own page; never anywhere else.
        boolean safe = back.startsWith("/tasks?") || back.equals("/tasks/" + id);
        return "redirect:" + (safe ? back : "/tasks");
    }
}
