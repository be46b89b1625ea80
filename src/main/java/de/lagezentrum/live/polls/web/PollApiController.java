package de.lagezentrum.live.polls.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.LivePolls;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.PollBallot;
import de.lagezentrum.live.PollDetails;
import de.lagezentrum.live.PollResults;
import de.lagezentrum.live.PollType;
import de.lagezentrum.live.PollView;
import de.lagezentrum.live.PollVisibility;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * API v1 of live polls. The team (bearer token) prepares, opens, closes and reveals polls and reads every
 * result; a participant ({@value #TOKEN}) lists the opened polls, votes, and reads results that are shown
 * live or revealed. A vote is answered only after it is committed; the request thread is freed meanwhile.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class PollApiController {

    static final String TOKEN = "X-Participant-Token";
    /** How long a vote waits for its batch to commit before it is refused with 503. */
    private static final long VOTE_WAIT_SECONDS = 10;

    private final LivePolls polls;
    private final LiveEvents events;

    PollApiController(LivePolls polls, LiveEvents events) {
        this.polls = polls;
        this.events = events;
    }

    record PollBody(@Nullable String question, @Nullable PollType type, @Nullable List<String> options,
            @Nullable Integer scaleMin, @Nullable Integer scaleMax, @Nullable String minLabel,
            @Nullable String maxLabel, @Nullable PollVisibility visibility) {

        PollDetails details() {
            return new PollDetails(question, type, options == null ? List.of() : options, scaleMin, scaleMax, minLabel,
                    maxLabel, visibility);
        }
    }

    record VoteBody(@Nullable List<UUID> optionIds, @Nullable Integer value, @Nullable String text) {
    }

    record VoteAnswer(UUID pollId, boolean counted) {
    }

    @PostMapping(path = "/api/v1/events/{id}/polls", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PollView> create(@PathVariable UUID id, @RequestBody PollBody body) {
        PollView created = polls.create(CurrentUser.require(), id, body.details());
        return ResponseEntity.created(URI.create("/api/v1/polls/" + created.id())).body(created);
    }

    /** The team gets every poll of the event, a participant those opened so far. */
    @GetMapping("/api/v1/events/{id}/polls")
    PageResult<PollView> list(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestHeader(name = TOKEN, required = false) @Nullable String token) {
        PageRequest requested = new PageRequest(page, size);
        Optional<Participant> participant = participant(token);
        if (participant.isPresent()) {
            if (!participant.get().eventId().equals(id)) {
                throw new NotFoundException("LiveEvent");
            }
            return PageResult.of(polls.polls(participant.get()), requested);
        }
        return PageResult.of(polls.polls(teamMember(), id), requested);
    }

    @PostMapping("/api/v1/polls/{id}/open")
    PollView open(@PathVariable UUID id) {
        return polls.open(CurrentUser.require(), id);
    }

    @PostMapping("/api/v1/polls/{id}/close")
    PollView close(@PathVariable UUID id) {
        return polls.close(CurrentUser.require(), id);
    }

    @PostMapping("/api/v1/polls/{id}/reveal")
    PollView reveal(@PathVariable UUID id) {
        return polls.reveal(CurrentUser.require(), id);
    }

    /**
     * Answers once the vote is committed. The request thread waits for its batch (a few milliseconds)
     * rather than going asynchronous: an asynchronous answer runs the security chain and the dispatcher a
     * second time, which cost more than the wait.
     */
    @PostMapping(path = "/api/v1/polls/{id}/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
    VoteAnswer vote(@PathVariable UUID id, Participant participant, @RequestBody VoteBody body)
            throws InterruptedException {
        CompletableFuture<Void> stored = polls.vote(participant, id, new PollBallot(
                body.optionIds() == null ? List.of() : body.optionIds(), body.value(), body.text()));
        try {
            stored.get(VOTE_WAIT_SECONDS, TimeUnit.SECONDS);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException("The vote could not be stored", e.getCause());
        }
        catch (TimeoutException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The vote could not be stored in time; please send it again");
        }
        return new VoteAnswer(id, true);
    }

    @GetMapping("/api/v1/polls/{id}/results")
    PollResults results(@PathVariable UUID id, @RequestHeader(name = TOKEN, required = false) @Nullable String token) {
        Optional<Participant> participant = participant(token);
        if (participant.isPresent()) {
            return polls.results(participant.get(), id);
        }
        return polls.results(teamMember(), id);
    }

    /** On an endpoint open to participants, a caller with neither token nor sign-in is 401. */
    private static CurrentUser teamMember() {
        return CurrentUser.current().orElseThrow(() -> new BadCredentialsException("Neither signed in nor a participant"));
    }

    /** The participant a token proves; a token that proves nobody is 401, no token at all means the team. */
    private Optional<Participant> participant(@Nullable String token) {
        if (token == null) {
            return Optional.empty();
        }
        return Optional.of(events.participant(token)
                .orElseThrow(() -> new BadCredentialsException("No valid participant token")));
    }
}
