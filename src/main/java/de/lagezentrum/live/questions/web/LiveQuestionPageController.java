package de.lagezentrum.live.questions.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.LiveIdeas;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.LiveQuestionStatus;
import de.lagezentrum.live.LiveQuestions;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.events.web.ParticipantPages;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * The questions' forms and live fragments. Every form works without JavaScript: it posts, and the
 * browser is sent back to the section it came from, with the refusal or the typed text kept for it.
 * With JavaScript, htmx re-reads a section's fragment here after a {@code question} event; a browser that
 * asks for a fragment's address itself is sent to the page that shows it.
 */
@Controller
class LiveQuestionPageController {

    /**
     * The fragment a form's redirect goes to: its outcome, focusable, so the browser itself moves the focus
     * there (a fragment of an element that cannot take the focus would clear it instead).
     */
    private static final String OUTCOME = "#question-outcome";

    private final LiveQuestions questions;
    private final LiveIdeas ideas;
    private final LiveEvents events;
    private final ParticipantPages participants;
    private final Clock clock;

    LiveQuestionPageController(LiveQuestions questions, LiveIdeas ideas, LiveEvents events,
            ParticipantPages participants, Clock clock) {
        this.questions = questions;
        this.ideas = ideas;
        this.events = events;
        this.participants = participants;
        this.clock = clock;
    }

    /** The participant's section alone, for the live re-read; without htmx, the event's page at the section. */
    @GetMapping("/live/{id}/questions")
    String participantSection(@PathVariable UUID id, HttpServletRequest request, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        Participant participant = participants.require(request, id);
        if (htmx == null) {
            return "redirect:/live/" + id + sort(request) + "#questions";
        }
        EventView event = events.eventOf(participant);
        model.addAttribute("model", LiveQuestionSections.announced(LiveQuestionSections.participantModel(questions,
                event, participant, LiveQuestionSections.sortOf(request), clock)));
        return LiveQuestionSections.PARTICIPANT;
    }

    @PostMapping("/live/{id}/questions")
    String ask(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
            @RequestParam(defaultValue = "false") boolean named, HttpServletRequest request,
            RedirectAttributes redirect) {
        Participant participant = participants.require(request, id);
        try {
            questions.ask(participant, text, named);
            redirect.addFlashAttribute("questionDone", "live.question.asked");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("questionError", e.messageKey());
            redirect.addFlashAttribute("questionText", text == null ? "" : text);
        }
        catch (ConflictException e) {
            redirect.addFlashAttribute("questionRefused", e.messageKey());
        }
        return "redirect:/live/" + id + sort(request) + OUTCOME;
    }

    /** Upvotes, or with {@code remove} takes the upvote back: the button toggles. */
    @PostMapping("/live/{id}/questions/{questionId}/upvote")
    String upvote(@PathVariable UUID id, @PathVariable UUID questionId,
            @RequestParam(defaultValue = "false") boolean remove, HttpServletRequest request,
            RedirectAttributes redirect) {
        Participant participant = participants.require(request, id);
        try {
            if (remove) {
                questions.removeUpvote(participant, questionId);
            }
            else {
                questions.upvote(participant, questionId);
            }
        }
        catch (ConflictException e) {
            redirect.addFlashAttribute("questionRefused", e.messageKey());
            return "redirect:/live/" + id + sort(request) + OUTCOME;
        }
        return "redirect:/live/" + id + sort(request) + "#q-" + questionId;
    }

    /** The console's moderation queue alone, for the live re-read; without htmx, the console at the section. */
    @GetMapping("/events/{id}/questions")
    String consoleSection(@PathVariable UUID id, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        CurrentUser user = CurrentUser.require();
        EventView event = events.requireTeam(user, id, false);
        if (htmx == null) {
            return "redirect:/events/" + id + "#questions";
        }
        model.addAttribute("model", LiveQuestionSections.announced(LiveQuestionSections.consoleModel(questions, ideas,
                event, user)));
        return LiveQuestionSections.CONSOLE;
    }

    /** The presenter view's top questions alone, for the live re-read; without htmx, the presenter view of them. */
    @GetMapping("/events/{id}/questions/top")
    String presenterSection(@PathVariable UUID id, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        CurrentUser user = CurrentUser.require();
        EventView event = events.requireTeam(user, id, false);
        if (htmx == null) {
            return "redirect:/events/" + id + "/presenter?show=questions";
        }
        model.addAttribute("model", LiveQuestionSections.presenterModel(questions, event, user));
        return LiveQuestionSections.PRESENTER;
    }

    /** One step of the team: a status ({@code VISIBLE}, {@code PINNED}, …) or {@code MERGE} with a lead. */
    @PostMapping("/events/{id}/questions/{questionId}")
    String moderate(@PathVariable UUID id, @PathVariable UUID questionId, @RequestParam(required = false)
            @Nullable String action, @RequestParam(required = false) @Nullable UUID leadId,
            @RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        // The question must be this event's: a question id of another event is 404, not a step on it.
        questions.question(user, id, questionId);
        try {
            if ("MERGE".equals(action)) {
                questions.merge(user, questionId, leadId, version);
            }
            else {
                questions.change(user, questionId, status(action), version);
            }
            redirect.addFlashAttribute("questionDone", "live.question.changed");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("questionRefused", e.messageKey());
        }
        catch (ConflictException e) {
            redirect.addFlashAttribute("questionRefused", e.messageKey());
        }
        return "redirect:/events/" + id + OUTCOME;
    }

    private static LiveQuestionStatus status(@Nullable String action) {
        try {
            LiveQuestionStatus status = LiveQuestionStatus.valueOf(action == null ? "" : action.toUpperCase(Locale.ROOT));
            if (status != LiveQuestionStatus.MERGED) {
                return status;
            }
        }
        catch (IllegalArgumentException e) {
            // Falls through to the refusal.
        }
        throw new InvalidInputException("action", "live.question.status.required");
    }

    private static String sort(HttpServletRequest request) {
        return "time".equalsIgnoreCase(request.getParameter(LiveQuestionSections.SORT)) ? "?" + LiveQuestionSections.SORT
                + "=time" : "";
    }
}
