package de.lagezentrum.lessons.learning.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.lessons.ActionStatus;
import de.lagezentrum.lessons.LessonActionChange;
import de.lagezentrum.lessons.LessonActionView;
import de.lagezentrum.lessons.LessonView;
import de.lagezentrum.lessons.Lessons;
import de.lagezentrum.lessons.NewLesson;
import de.lagezentrum.lessons.NewLessonAction;
import de.lagezentrum.platform.security.CurrentUser;

/** API v1 of lessons: facilitators identify and validate them, the owners of their actions report progress. */
@RestController
class LessonApiController {

    private final Lessons lessons;

    LessonApiController(Lessons lessons) {
        this.lessons = lessons;
    }

    record LessonBody(@Nullable String title, @Nullable List<UUID> observationIds, @Nullable String rootCause) {
    }

    record ActionBody(@Nullable String text, @Nullable UUID ownerId, @Nullable UUID departmentId,
            @Nullable LocalDate due) {
    }

    record ChangeBody(@Nullable ActionStatus status, @Nullable String progress) {
    }

    record ValidationBody(@Nullable String evidence) {
    }

    @PostMapping(path = "/api/v1/lessons", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LessonView> create(@RequestBody LessonBody body) {
        LessonView created = lessons.create(CurrentUser.require(),
                new NewLesson(body.title(), body.observationIds(), body.rootCause()));
        return ResponseEntity.created(URI.create("/api/v1/lessons/" + created.id())).body(created);
    }

    @GetMapping(path = "/api/v1/lessons/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    LessonView lesson(@PathVariable UUID id) {
        return lessons.lesson(CurrentUser.require(), id);
    }

    @PostMapping(path = "/api/v1/lessons/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LessonActionView> addAction(@PathVariable UUID id, @RequestBody ActionBody body) {
        LessonActionView created = lessons.addAction(CurrentUser.require(), id,
                new NewLessonAction(body.text(), body.ownerId(), body.departmentId(), body.due()));
        return ResponseEntity.created(URI.create("/api/v1/lesson-actions/" + created.id())).body(created);
    }

    @PatchMapping(path = "/api/v1/lesson-actions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    LessonActionView updateAction(@PathVariable UUID id, @RequestBody ChangeBody body) {
        return lessons.updateAction(CurrentUser.require(), id, new LessonActionChange(body.status(), body.progress()));
    }

    @PostMapping(path = "/api/v1/lessons/{id}/validate", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    LessonView validate(@PathVariable UUID id, @RequestBody ValidationBody body) {
        return lessons.validate(CurrentUser.require(), id, body.evidence());
    }
}
