package de.lagezentrum.live.events.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.Participant;
import de.lagezentrum.platform.realtime.LiveHub;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Joining by code ({@code POST /api/v1/join}, public) and what a participant reads: the event and its
 * stream. A signed-in member of the team (bearer token) reads the same stream, or with {@code ?team=true}
 * the team's, which adds what only the team sees (pending questions, hidden content).
 */
@RestController
class JoinApiController {

    private final LiveEvents events;
    private final LiveHub hub;

    JoinApiController(LiveEvents events, LiveHub hub) {
        this.events = events;
        this.hub = hub;
    }

    record JoinBody(@Nullable String code, @Nullable String displayName) {
    }

    record JoinAnswer(String participantToken, UUID eventId, UUID participantId, @Nullable String displayName,
            Instant expires) {
    }

    @PostMapping(path = "/api/v1/join", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    JoinAnswer join(@RequestBody JoinBody body) {
        var joined = events.join(body.code(), body.displayName(), CurrentUser.current().orElse(null));
        return new JoinAnswer(joined.participantToken(), joined.participant().eventId(), joined.participant().id(),
                joined.participant().displayName(), joined.expires());
    }

    /** The event as its participants see it (agenda, settings); the team reads it at /api/v1/events/{id}. */
    @GetMapping(path = "/api/v1/events/{id}/participant", produces = MediaType.APPLICATION_JSON_VALUE)
    EventView asParticipant(@PathVariable UUID id, Participant participant) {
        requireSameEvent(participant, id);
        return events.eventOf(participant);
    }

    @GetMapping(path = "/api/v1/events/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable UUID id, @RequestHeader(name = "Last-Event-ID", required = false)
            @Nullable String lastEventId, @RequestHeader(name = ParticipantArgumentResolver.HEADER, required = false)
            @Nullable String token, @RequestParam(defaultValue = "false")
            boolean team) {
        var user = CurrentUser.current();
        if (token == null && user.isPresent()) {
            events.requireRole(user.get(), id);
            return hub.subscribe(team ? LiveEvents.teamTopic(id) : LiveEvents.topic(id), lastEventId);
        }
        Participant participant = events.participant(token)
                .orElseThrow(() -> new BadCredentialsException(
                        "No valid participant token"));
        requireSameEvent(participant, id);
        return hub.subscribe(LiveEvents.topic(id), lastEventId);
    }

    static void requireSameEvent(Participant participant, UUID eventId) {
        if (!participant.eventId().equals(eventId)) {
            throw new NotFoundException("LiveEvent");
        }
    }
}
