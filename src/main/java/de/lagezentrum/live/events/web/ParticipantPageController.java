package de.lagezentrum.live.events.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.Participant;
import de.lagezentrum.platform.realtime.LiveHub;

/**
 * The participant's page of an event: agenda, and the sections of the features (polls to vote in,
 * questions to ask and upvote, the blog). Live through the event's stream; without JavaScript a reload
 * shows the same.
 */
@Controller
@RequestMapping("/live/{id}")
class ParticipantPageController {

    private final LiveEvents events;
    private final ParticipantPages participants;
    private final LiveSections sections;
    private final LiveHub hub;
    private final Clock clock;

    ParticipantPageController(LiveEvents events, ParticipantPages participants, LiveSections sections, LiveHub hub,
            Clock clock) {
        this.events = events;
        this.participants = participants;
        this.sections = sections;
        this.hub = hub;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable UUID id, HttpServletRequest request, Model model) {
        Participant participant = participants.require(request, id);
        EventView event = events.eventOf(participant);
        model.addAttribute("event", event);
        model.addAttribute("participant", participant);
        model.addAttribute("ended", event.endedAt(clock.instant()));
        model.addAttribute("sections", sections.render(LiveSection.Place.PARTICIPANT,
                new LiveSection.Viewer(event, participant, null, null)));
        return "live/participant";
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@PathVariable UUID id, HttpServletRequest request,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        participants.require(request, id);
        return hub.subscribe(LiveEvents.topic(id), lastEventId);
    }

    /** Leaves the event on this device: the cookie goes; joining again makes a new anonymous participant. */
    @PostMapping("/leave")
    String leave(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
        participants.require(request, id);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(ParticipantCookie.NAME, "").httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").path(request.getContextPath() + "/live/" + id).maxAge(0)
                .build().toString());
        return "redirect:/join";
    }
}
