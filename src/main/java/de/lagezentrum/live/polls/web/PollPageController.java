package de.lagezentrum.live.polls.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.LivePolls;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.PollBallot;
import de.lagezentrum.live.PollView;
import de.lagezentrum.live.TeamRole;
import de.lagezentrum.live.events.web.ParticipantPages;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The polls' pages: a participant votes by an ordinary form (no JavaScript needed) and is sent back to the
 * event's page; the team prepares, opens, closes and reveals polls from the console and exports results.
 * The fragments here are what htmx re-reads when the stream says a poll or its results changed.
 */
@Controller
class PollPageController {

    /** How long a page vote waits for its batch's commit before it says to try again. */
    private static final long VOTE_WAIT_SECONDS = 10;

    private final LivePolls polls;
    private final LiveEvents events;
    private final ParticipantPages participants;

    PollPageController(LivePolls polls, LiveEvents events, ParticipantPages participants) {
        this.polls = polls;
        this.events = events;
        this.participants = participants;
    }

    @GetMapping("/live/{id}/polls")
    String participantSection(@PathVariable UUID id, HttpServletRequest request, Model model) {
        Participant participant = participants.require(request, id);
        model.addAttribute("model", PollSections.participantModel(polls, events.eventOf(participant), participant));
        return PollSections.PARTICIPANT;
    }

    @PostMapping("/live/{id}/polls/{pollId}/vote")
    String vote(@PathVariable UUID id, @PathVariable UUID pollId, HttpServletRequest request,
            @RequestParam(required = false) @Nullable List<UUID> optionIds,
            @RequestParam(required = false) @Nullable Integer value, @RequestParam(required = false) @Nullable String text) {
        Participant participant = participants.require(request, id);
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/live/{id}").fragment("poll-" + pollId);
        try {
            polls.vote(participant, pollId, new PollBallot(optionIds == null ? List.of() : optionIds, value, text))
                    .get(VOTE_WAIT_SECONDS, TimeUnit.SECONDS);
            back.queryParam("voted", pollId);
        }
        catch (InvalidInputException e) {
            back.queryParam("failed", pollId).queryParam("reason", e.messageKey());
        }
        catch (ConflictException e) {
            back.queryParam("failed", pollId).queryParam("reason", e.messageKey());
        }
        catch (ExecutionException e) {
            back.queryParam("failed", pollId).queryParam("reason", e.getCause() instanceof ConflictException conflict
                    ? conflict.messageKey() : "live.poll.vote.failed");
        }
        catch (TimeoutException e) {
            back.queryParam("failed", pollId).queryParam("reason", "live.poll.vote.failed");
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            back.queryParam("failed", pollId).queryParam("reason", "live.poll.vote.failed");
        }
        return "redirect:" + back.buildAndExpand(id).toUriString();
    }

    /** The console's poll part: the fragment for htmx's re-read, or a page of its own (where forms return). */
    /**
     * The console's polls; the section re-reads itself at {@code /section}, another address than the one a
     * form's redirect goes to, so that a live re-read never takes the redirect's one-time notice.
     */
    @GetMapping({"/events/{id}/polls", "/events/{id}/polls/section"})
    String consoleSection(@PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        CurrentUser user = CurrentUser.require();
        TeamRole role = events.requireRole(user, id);
        EventView event = events.event(user, id);
        model.addAttribute("event", event);
        model.addAttribute("model", PollSections.consoleModel(polls, event, user, role));
        return htmx != null ? PollSections.CONSOLE : "live/polls/console-page";
    }

    @PostMapping("/events/{id}/polls")
    String create(@PathVariable UUID id, @ModelAttribute PollForm form, RedirectAttributes redirect) {
        try {
            polls.create(CurrentUser.require(), id, form.details());
            redirect.addFlashAttribute("pollNotice", "live.poll.created");
        }
        catch (InvalidInputException e) {
            Map<String, String> errors = new HashMap<>();
            errors.put(e.field(), e.messageKey());
            redirect.addFlashAttribute("pollForm", form);
            redirect.addFlashAttribute("pollErrors", errors);
        }
        return "redirect:/events/" + id + "/polls#polls";
    }

    @PostMapping("/events/{id}/polls/{pollId}/open")
    String open(@PathVariable UUID id, @PathVariable UUID pollId, RedirectAttributes redirect) {
        return change(id, pollId, redirect, () -> polls.open(CurrentUser.require(), pollId));
    }

    @PostMapping("/events/{id}/polls/{pollId}/close")
    String close(@PathVariable UUID id, @PathVariable UUID pollId, RedirectAttributes redirect) {
        return change(id, pollId, redirect, () -> polls.close(CurrentUser.require(), pollId));
    }

    @PostMapping("/events/{id}/polls/{pollId}/reveal")
    String reveal(@PathVariable UUID id, @PathVariable UUID pollId, RedirectAttributes redirect) {
        return change(id, pollId, redirect, () -> polls.reveal(CurrentUser.require(), pollId));
    }

    @GetMapping("/events/{id}/polls/{pollId}/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, @PathVariable UUID pollId,
            java.util.Locale locale) {
        of(id, pollId);
        byte[] csv = polls.csv(CurrentUser.require(), pollId, locale).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return download(csv, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "umfrage-" + pollId + ".csv");
    }

    @GetMapping("/events/{id}/polls/{pollId}/results.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID pollId, java.util.Locale locale) {
        of(id, pollId);
        return download(polls.pdf(CurrentUser.require(), pollId, locale), MediaType.APPLICATION_PDF,
                "umfrage-" + pollId + ".pdf");
    }

    /**
     * The presenter's part: as a fragment for htmx's re-read (it then announces the new count), or as a page
     * of its own for the projector.
     */
    @GetMapping("/events/{id}/polls/presenter")
    String presenter(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        CurrentUser user = CurrentUser.require();
        EventView event = events.event(user, id);
        model.addAttribute("event", event);
        model.addAttribute("model", PollSections.presenterModel(polls, event, user, htmx != null));
        return htmx != null ? PollSections.PRESENTER : "live/polls/presenter-page";
    }

    private String change(UUID eventId, UUID pollId, RedirectAttributes redirect, java.util.function.Supplier<PollView> action) {
        of(eventId, pollId);
        try {
            action.get();
        }
        catch (ConflictException e) {
            redirect.addFlashAttribute("pollNotice", e.messageKey());
        }
        return "redirect:/events/" + eventId + "/polls#poll-" + pollId;
    }

    /** The poll, if it is the event's: another event's poll id in the path is not found. */
    private PollView of(UUID eventId, UUID pollId) {
        PollView poll = polls.poll(CurrentUser.require(), pollId);
        if (!poll.eventId().equals(eventId)) {
            throw new NotFoundException("Poll");
        }
        return poll;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
