package de.lagezentrum.live.events.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.live.AgendaItem;
import de.lagezentrum.live.BlogPosting;
import de.lagezentrum.live.EventDetails;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.QaMode;
import de.lagezentrum.live.TeamRole;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * API v1 of live events for their team: create ({@code EVENT_HOST}), read, change, cancel, and the team.
 * An event whose team the caller is not on answers 404.
 */
@RestController
@RequestMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
class EventApiController {

    private final LiveEvents events;

    EventApiController(LiveEvents events) {
        this.events = events;
    }

    /** The body of create and change; the agenda's items need only a title. */
    record EventBody(@Nullable String title, @Nullable String description, @Nullable Instant start,
            @Nullable Instant end, @Nullable JoinPolicy joinPolicy, @Nullable QaMode qaMode,
            @Nullable BlogPosting blogPosting, @Nullable List<String> blockedWords, @Nullable List<AgendaItem> agenda,
            @Nullable Long version) {

        EventDetails details() {
            return new EventDetails(title, description, start, end, joinPolicy, qaMode, blogPosting,
                    blockedWords == null ? List.of() : blockedWords, agenda == null ? List.of() : agenda);
        }
    }

    record MemberBody(@Nullable UUID personId, @Nullable TeamRole role) {
    }

    record VersionBody(@Nullable Long version) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EventView> create(@RequestBody EventBody body) {
        EventView created = events.create(CurrentUser.require(), body.details());
        return ResponseEntity.created(URI.create("/api/v1/events/" + created.id())).body(created);
    }

    @GetMapping
    PageResult<EventView> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResult.of(events.myEvents(CurrentUser.require()), new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    EventView event(@PathVariable UUID id) {
        return events.event(CurrentUser.require(), id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    EventView update(@PathVariable UUID id, @RequestBody EventBody body) {
        return events.update(CurrentUser.require(), id, body.details(), version(body.version()));
    }

    @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    EventView cancel(@PathVariable UUID id, @RequestBody VersionBody body) {
        return events.cancel(CurrentUser.require(), id, version(body.version()));
    }

    @PostMapping(path = "/{id}/team", consumes = MediaType.APPLICATION_JSON_VALUE)
    EventView putMember(@PathVariable UUID id, @RequestBody MemberBody body) {
        if (body.personId() == null) {
            throw new InvalidInputException("personId", "live.text.required");
        }
        if (body.role() == null) {
            throw new InvalidInputException("role", "live.text.required");
        }
        return events.putMember(CurrentUser.require(), id, body.personId(), body.role());
    }

    @DeleteMapping("/{id}/team/{personId}")
    EventView removeMember(@PathVariable UUID id, @PathVariable UUID personId) {
        return events.removeMember(CurrentUser.require(), id, personId);
    }

    private static long version(@Nullable Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "live.text.required");
        }
        return version;
    }
}
