package de.lagezentrum.live.events.web;

import java.io.Serial;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.events.ParticipantLimits;
import de.lagezentrum.platform.web.TooManyRequestsException;

/**
 * The participant of a page request (from the cookie of the event's pages). A page of the event without
 * a valid cookie sends the browser to the join page; a form sent too often answers 429.
 */
@Component
public class ParticipantPages {

    private final LiveEvents events;
    private final ParticipantLimits limits;

    ParticipantPages(LiveEvents events, ParticipantLimits limits) {
        this.events = events;
        this.limits = limits;
    }

    /** The participant of the event {@code eventId}, if the request carries a genuine token for it. */
    public Optional<Participant> find(HttpServletRequest request, UUID eventId) {
        return ParticipantArgumentResolver.find(events, request)
                .filter(participant -> participant.eventId().equals(eventId));
    }

    /**
     * The participant of the event; without one, the join page answers instead. A request that changes
     * something counts against the participant's limit.
     */
    public Participant require(HttpServletRequest request, UUID eventId) {
        Participant participant = find(request, eventId).orElseThrow(NotJoined::new);
        if (!HttpMethod.GET.matches(request.getMethod()) && !limits.allow(participant)) {
            throw new TooManyRequestsException(1);
        }
        return participant;
    }

    /** The request carries no token for the event's pages. */
    static final class NotJoined extends RuntimeException {

        @Serial
        private static final long serialVersionUID = 1L;

        NotJoined() {
            super("Not joined");
        }
    }

    /** Sends a browser that has not joined to the join page. */
    @ControllerAdvice(basePackages = "de.lagezentrum.live")
    static class NotJoinedAdvice {

        @ExceptionHandler(NotJoined.class)
        String join() {
            return "redirect:/join";
        }
    }
}
