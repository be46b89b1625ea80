package de.lagezentrum.live.questions.web;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.LiveQuestionSort;
import de.lagezentrum.live.LiveQuestionStatus;
import de.lagezentrum.live.LiveQuestionView;
import de.lagezentrum.live.LiveQuestions;
import de.lagezentrum.live.Participant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * API v1 of an event's questions. A participant ({@value #TOKEN}) asks, lists what participants see,
 * upvotes and takes an upvote back; the team (bearer token) lists every question and moves it on with
 * {@code PATCH} (a status, or {@code MERGED} with a {@code leadId}).
 */
@RestController
class LiveQuestionApiController {

    static final String TOKEN = "X-Participant-Token";

    private final LiveQuestions questions;
    private final LiveEvents events;

    LiveQuestionApiController(LiveQuestions questions, LiveEvents events) {
        this.questions = questions;
        this.events = events;
    }

    /**
     * A new question: plain text of at most 500 characters.
     *
     * @param named whether to ask under the name the participant joined with; anonymous by default
     */
    record NewQuestion(@Nullable String text, @Nullable Boolean named) {
    }

    /**
     * A change by the team.
     *
     * @param status the new status; {@code MERGED} with {@code leadId}
     * @param version the version it was read in; null skips the check
     */
    record QuestionPatch(@Nullable LiveQuestionStatus status, @Nullable UUID leadId, @Nullable Long version) {
    }

    @PostMapping(path = "/api/v1/events/{id}/questions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LiveQuestionView> ask(@PathVariable UUID id, Participant participant,
            @RequestBody NewQuestion body) {
        sameEvent(participant, id);
        LiveQuestionView asked = questions.ask(participant, body.text(), Boolean.TRUE.equals(body.named()));
        return ResponseEntity.created(URI.create("/api/v1/questions/" + asked.id())).body(asked);
    }

    /** A participant gets what participants see, the team every question. */
    @GetMapping(path = "/api/v1/events/{id}/questions", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResult<LiveQuestionView> list(@PathVariable UUID id, @RequestParam(defaultValue = "votes") String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestHeader(name = TOKEN, required = false) @Nullable String token) {
        LiveQuestionSort order = sort(sort);
        PageRequest requested = new PageRequest(page, size);
        if (token != null) {
            Participant participant = events.participant(token)
                    .orElseThrow(() -> new BadCredentialsException("No valid participant token"));
            sameEvent(participant, id);
            return PageResult.of(questions.questions(participant, order), requested);
        }
        CurrentUser user = CurrentUser.current()
                .orElseThrow(() -> new BadCredentialsException("Neither signed in nor a participant"));
        return PageResult.of(questions.questions(user, id, order), requested);
    }

    @PostMapping(path = "/api/v1/questions/{id}/upvote", produces = MediaType.APPLICATION_JSON_VALUE)
    LiveQuestionView upvote(@PathVariable UUID id, Participant participant) {
        return questions.upvote(participant, id);
    }

    @DeleteMapping(path = "/api/v1/questions/{id}/upvote", produces = MediaType.APPLICATION_JSON_VALUE)
    LiveQuestionView removeUpvote(@PathVariable UUID id, Participant participant) {
        return questions.removeUpvote(participant, id);
    }

    @PatchMapping(path = "/api/v1/questions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    LiveQuestionView change(@PathVariable UUID id, @RequestBody QuestionPatch body) {
        CurrentUser user = CurrentUser.require();
        if (body.status() == null) {
            throw new InvalidInputException("status", "live.question.status.required");
        }
        if (body.status() == LiveQuestionStatus.MERGED) {
            return questions.merge(user, id, body.leadId(), body.version());
        }
        return questions.change(user, id, body.status(), body.version());
    }

    static LiveQuestionSort sort(String sort) {
        try {
            return LiveQuestionSort.valueOf(sort.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort", "live.question.sort.invalid");
        }
    }

    private static void sameEvent(Participant participant, UUID eventId) {
        if (!participant.eventId().equals(eventId)) {
            throw new NotFoundException("LiveEvent");
        }
    }
}
