package de.lagezentrum.lessons.workshops.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.lessons.NewParticipant;
import de.lagezentrum.lessons.ParticipantView;
import de.lagezentrum.lessons.WorkshopParticipants;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageResult;

/** API v1 of a workshop's participants (facilitators): list people of the municipality, invite guests. */
@RestController
@RequestMapping(path = "/api/v1/workshops/{id}/participants", produces = MediaType.APPLICATION_JSON_VALUE)
class ParticipantApiController {

    private final WorkshopParticipants participants;

    ParticipantApiController(WorkshopParticipants participants) {
        this.participants = participants;
    }

    record ParticipantBody(@Nullable UUID personId, @Nullable String name, @Nullable String organisation,
            @Nullable String email) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ParticipantView> add(@PathVariable UUID id, @RequestBody ParticipantBody body) {
        return ResponseEntity.status(201).body(participants.add(CurrentUser.require(), id,
                new NewParticipant(body.personId(), body.name(), body.organisation(), body.email())));
    }

    @GetMapping
    PageResult<ParticipantView> list(@PathVariable UUID id) {
        List<ParticipantView> all = participants.participants(CurrentUser.require(), id);
        return new PageResult<>(all, 0, Math.max(all.size(), 1), all.size());
    }
}
