package de.lagezentrum.staff.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;
import de.lagezentrum.staff.AgendaItemView;
import de.lagezentrum.staff.EntryCorrection;
import de.lagezentrum.staff.EntryView;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.NewAgendaItem;
import de.lagezentrum.staff.NewEntry;
import de.lagezentrum.staff.TaskManagement;
import de.lagezentrum.staff.TaskStatus;
import de.lagezentrum.staff.TaskStatusChange;
import de.lagezentrum.staff.TaskView;
import de.lagezentrum.staff.minutes.SessionStream;

/** API v1 of agenda, live minutes and tasks. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class MinutesApiController {

    private final MinutesManagement minutes;
    private final TaskManagement tasks;
    private final SessionStream stream;

    MinutesApiController(MinutesManagement minutes, TaskManagement tasks, SessionStream stream) {
        this.minutes = minutes;
        this.tasks = tasks;
        this.stream = stream;
    }

    @PostMapping(path = "/sessions/{id}/agenda", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgendaItemView> propose(@PathVariable UUID id, @Valid @RequestBody NewAgendaItem item) {
        return ResponseEntity.status(HttpStatus.CREATED).body(minutes.propose(CurrentUser.require(), id, item));
    }

    @GetMapping("/sessions/{id}/agenda")
    PageResult<AgendaItemView> agenda(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResult.of(minutes.agenda(CurrentUser.require(), id), new PageRequest(page, size));
    }

    @PostMapping("/sessions/{id}/agenda/{itemId}/accept")
    AgendaItemView accept(@PathVariable UUID id, @PathVariable UUID itemId) {
        return minutes.accept(CurrentUser.require(), id, itemId);
    }

    /** The lead puts the agenda in order: every item of the session once, the Wiedervorlage first. */
    @PutMapping(path = "/sessions/{id}/agenda/order", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<AgendaItemView> order(@PathVariable UUID id, @Valid @RequestBody AgendaOrder order) {
        return minutes.order(CurrentUser.require(), id, order.itemIds());
    }

    /** Corrects a line of the minutes as of the version read; a stale version answers 409. */
    @PatchMapping(path = "/sessions/{id}/entries/{entryId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    EntryView correct(@PathVariable UUID id, @PathVariable UUID entryId,
            @Valid @RequestBody EntryCorrection correction) {
        return minutes.correct(CurrentUser.require(), id, entryId, correction);
    }

    @PostMapping(path = "/sessions/{id}/agenda/{itemId}/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EntryView> record(@PathVariable UUID id, @PathVariable UUID itemId,
            @Valid @RequestBody NewEntry entry) {
        return ResponseEntity.status(HttpStatus.CREATED).body(minutes.record(CurrentUser.require(), id, itemId, entry));
    }

    /** SSE: an {@code entry} event (id, type) after each change of the minutes; resumes with Last-Event-ID. */
    @GetMapping(path = "/sessions/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        return stream.subscribe(CurrentUser.require(), id, lastEventId);
    }

    @GetMapping("/sessions/{id}/entries")
    PageResult<EntryView> entries(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResult.of(minutes.entries(CurrentUser.require(), id), new PageRequest(page, size));
    }

    @GetMapping("/tasks")
    PageResult<TaskView> tasks(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable UUID department,
            @RequestParam(required = false) @Nullable TaskStatus status,
            @RequestParam(required = false) @Nullable String topic,
            @RequestParam(defaultValue = "false") boolean overdue) {
        PageRequest requested = new PageRequest(page, size);
        CurrentUser user = CurrentUser.require();
        return tasks.tasks(user, assignee(user, assignee), department, status, topic, overdue, requested);
    }

    @GetMapping("/tasks/{id}")
    TaskView task(@PathVariable UUID id) {
        return tasks.task(CurrentUser.require(), id);
    }

    /** Who changed the task's status, when, from what to what; oldest first. */
    @GetMapping("/tasks/{id}/history")
    PageResult<TaskStatusChange> history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResult.of(tasks.history(CurrentUser.require(), id), new PageRequest(page, size));
    }

    @PatchMapping(path = "/tasks/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    TaskView changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChange change) {
        return tasks.changeStatus(CurrentUser.require(), id, change.status(), change.version());
    }

    /** {@code me} or a person's id. */
    private static @Nullable UUID assignee(CurrentUser user, @Nullable String assignee) {
        if (assignee == null || assignee.isBlank()) {
            return null;
        }
        if ("me".equals(assignee)) {
            return user.personId();
        }
        try {
            return UUID.fromString(assignee);
        }
        catch (IllegalArgumentException e) {
            throw new InvalidInputException("assignee", "validation.malformed");
        }
    }

    /** Body of {@code PUT /api/v1/sessions/{id}/agenda/order}. */
    record AgendaOrder(@NotNull List<UUID> itemIds) {
    }

    /**
     * Body of {@code PATCH /api/v1/tasks/{id}}.
     *
     * @param version the version read before, to detect a concurrent change; may be null
     */
    record StatusChange(@NotNull TaskStatus status, @Nullable Long version) {
    }
}
