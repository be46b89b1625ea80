package de.lagezentrum.lessons.workshops.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.lessons.NewWorkshop;
import de.lagezentrum.lessons.WorkshopPhase;
import de.lagezentrum.lessons.WorkshopView;
import de.lagezentrum.lessons.Workshops;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;

/** API v1 of reflection workshops: plan ({@code FACILITATOR}), read, change the phase. */
@RestController
@RequestMapping(path = "/api/v1/workshops", produces = MediaType.APPLICATION_JSON_VALUE)
class WorkshopApiController {

    private final Workshops workshops;

    WorkshopApiController(Workshops workshops) {
        this.workshops = workshops;
    }

    record WorkshopBody(@Nullable String title, @Nullable Instant start, @Nullable Instant end, @Nullable String place,
            @Nullable List<String> municipalities) {
    }

    record PhaseBody(@Nullable WorkshopPhase phase) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WorkshopView> create(@RequestBody WorkshopBody body) {
        WorkshopView created = workshops.create(CurrentUser.require(), new NewWorkshop(body.title(), body.start(),
                body.end(), body.place(), body.municipalities() == null ? List.of() : body.municipalities()));
        return ResponseEntity.created(URI.create("/api/v1/workshops/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    WorkshopView workshop(@PathVariable UUID id) {
        return workshops.workshop(CurrentUser.require(), id);
    }

    @PutMapping(path = "/{id}/phase", consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkshopView phase(@PathVariable UUID id, @RequestBody PhaseBody body) {
        if (body.phase() == null) {
            throw new InvalidInputException("phase", "lessons.text.required");
        }
        return workshops.changePhase(CurrentUser.require(), id, body.phase());
    }
}
