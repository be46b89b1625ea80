package de.lagezentrum.live.events.web;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.TeamRole;
import de.lagezentrum.platform.documents.QrCodes;
import de.lagezentrum.platform.realtime.LiveHub;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The team's pages of an event: the list of one's events and the console (join code, link and QR code,
 * who joined, agenda, team, and the features' sections). Events whose team the user is not on do not exist.
 */
@Controller
@RequestMapping("/events")
class EventPageController {

    /** Pixels per QR module in the PNG: about 8 cm at 300 dpi for a join link. */
    private static final int PNG_SCALE = 24;

    private final LiveEvents events;
    private final LiveSections sections;
    private final LiveHub hub;
    private final Clock clock;

    EventPageController(LiveEvents events, LiveSections sections, LiveHub hub, Clock clock) {
        this.events = events;
        this.sections = sections;
        this.hub = hub;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("events", events.myEvents(user));
        model.addAttribute("mayCreate", user.hasRole("EVENT_HOST"));
        model.addAttribute("now", clock.instant());
        return "live/events";
    }

    @GetMapping("/{id}")
    String console(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.require();
        TeamRole role = events.requireRole(user, id);
        EventView event = events.event(user, id);
        String link = joinLink(event);
        model.addAttribute("event", event);
        model.addAttribute("role", role);
        model.addAttribute("joinLink", link);
        model.addAttribute("participants", events.participantCount(user, id));
        model.addAttribute("ended", event.endedAt(clock.instant()));
        model.addAttribute("sections", sections.render(LiveSection.Place.CONSOLE,
                new LiveSection.Viewer(event, null, user, role)));
        return "live/console";
    }

    @GetMapping(path = "/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrSvg(@PathVariable UUID id) {
        EventView event = events.event(CurrentUser.require(), id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.valueOf("image/svg+xml"))
                .header("Content-Disposition", "attachment; filename=\"beitritt-" + event.joinCode() + ".svg\"")
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + QrCodes.svg(joinLink(event), joinLink(event)));
    }

    @GetMapping(path = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrPng(@PathVariable UUID id) {
        EventView event = events.event(CurrentUser.require(), id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .header("Content-Disposition", "attachment; filename=\"beitritt-" + event.joinCode() + ".png\"")
                .body(QrCodes.png(joinLink(event), PNG_SCALE));
    }

    /** The console's stream: the team's, which carries everything the participants see and more. */
    @GetMapping(path = "/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        events.requireRole(CurrentUser.require(), id);
        return hub.subscribe(LiveEvents.teamTopic(id), lastEventId);
    }

    /** The join link of the event, absolute, as printed on slides and in the QR code. */
    static String joinLink(EventView event) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/join/{code}")
                .buildAndExpand(event.joinCode()).toUriString();
    }
}
