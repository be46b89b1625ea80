package de.lagezentrum.staff.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.staff.StaffManagement;
import de.lagezentrum.staff.TaskBoard;
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
    private final MessageSource messages;

    TaskPageController(TaskManagement tasks, StaffManagement staffs, PeopleManagement people,
            OrganisationManagement organisation, DateFormats dates, MessageSource messages) {
        this.dates = dates;
        this.messages = messages;
        this.tasks = tasks;
        this.staffs = staffs;
        this.people = people;
        this.organisation = organisation;
    }

    @GetMapping("/tasks")
    String board(@RequestParam(defaultValue = "all") String owner,
            @RequestParam(required = false) @Nullable TaskStatus status,
            @RequestParam(required = false) @Nullable String topic,
            @RequestParam(defaultValue = "false") boolean overdue, Locale locale, HttpServletRequest request,
            Model model) {
        CurrentUser user = CurrentUser.require();
        TaskBoard board = tasks.board(user, switch (owner) {
            case "mine" -> TaskBoard.Owner.MINE;
            case "department" -> TaskBoard.Owner.DEPARTMENT;
            default -> TaskBoard.Owner.ALL;
        }, status, topic, overdue);
        model.addAttribute("count", board.tasks().size());
        model.addAttribute("rows", new TaskBoardRows(messages, locale, request.getContextPath()).html(board));
        model.addAttribute("owner", owner);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("topic", board.topic());
        model.addAttribute("topics", board.topics());
        model.addAttribute("statuses", TaskStatus.values());
        // After a status change the board comes back with the same filters.
        model.addAttribute("back", UriComponentsBuilder.fromPath("/tasks").queryParam("owner", owner)
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("topic", Optional.ofNullable(board.topic()))
                .queryParam("overdue", overdue).encode().build().toUriString());
        return "staff/tasks";
    }

    /**
     * A status change from the board: the board is one form, and the button pressed names its row's task
     * and the version shown ({@code task=id:version}); the row's select is {@code status-id}.
     */
    @PostMapping("/tasks/status")
    String changeStatusOnBoard(@RequestParam("task") String pressed, @RequestParam Map<String, String> form,
            @RequestParam(defaultValue = "/tasks") String back, RedirectAttributes redirect) {
        int colon = pressed.indexOf(':');
        UUID id;
        long version;
        TaskStatus status;
        try {
            id = UUID.fromString(pressed.substring(0, Math.max(colon, 0)));
            version = Long.parseLong(pressed.substring(colon + 1));
            status = TaskStatus.valueOf(String.valueOf(form.get(TaskBoardRows.SELECT + id)));
        }
        catch (IllegalArgumentException e) {
            throw new InvalidInputException("task", "validation.malformed");
        }
        return changeStatus(id, status, version, back, redirect);
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
