package de.lagezentrum.live;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.security.access.AccessDeniedException;

import de.lagezentrum.live.events.EventStreams;
import de.lagezentrum.live.polls.PollCache;
import de.lagezentrum.live.polls.PollExports;
import de.lagezentrum.live.polls.PollStore;
import de.lagezentrum.live.polls.PollStore.PollRow;
import de.lagezentrum.live.polls.ResultsCoalescer;
import de.lagezentrum.live.polls.VoteWriter;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The live module's facade for polls: the team (host and co-hosts) prepares polls, opens and closes them
 * live and reveals hidden results; participants vote once per poll (a revote replaces) while it is open.
 * A vote is acknowledged only once committed, but votes are written in batches ({@link VoteWriter}) and
 * results go out coalesced a few times a second ({@link ResultsCoalescer}). Participants never see the
 * counts of a hidden poll before it is revealed — not on the page, in the API or on the stream. What the
 * team does with a poll (prepare, open, close, reveal) is in the audit log; votes are not (they are the
 * participants' and anonymous).
 */
@Service
public class LivePolls {

    static final String ENTITY = "Poll";
    static final String POLL_EVENT = "poll";
    private static final int MAX_OPTIONS = 20;
    private static final int MAX_WORDS_LENGTH = 100;
    private static final int MAX_TEXT_LENGTH = 1000;
    private static final int DEFAULT_SCALE_MIN = 1;
    private static final int DEFAULT_SCALE_MAX = 5;
    private static final int MAX_SCALE_STEPS = 10;

    private final LiveEvents events;
    private final PollStore store;
    private final PollCache cache;
    private final VoteWriter writer;
    private final ResultsCoalescer coalescer;
    private final EventStreams streams;
    private final PollExports exports;
    private final AuditLog audit;
    private final Clock clock;

    LivePolls(LiveEvents events, PollStore store, PollCache cache, VoteWriter writer, ResultsCoalescer coalescer,
            EventStreams streams, PollExports exports, AuditLog audit, Clock clock) {
        this.events = events;
        this.store = store;
        this.cache = cache;
        this.writer = writer;
        this.coalescer = coalescer;
        this.streams = streams;
        this.exports = exports;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Prepares a poll (DRAFT) of the event (host and co-hosts).
     *
     * @throws InvalidInputException for a missing question or type, too few or too many options, a bad range
     */
    @Transactional
    public PollView create(CurrentUser user, UUID eventId, PollDetails details) {
        events.requireTeam(user, eventId, true);
        String question = text(details.question(), "question", 300);
        if (details.type() == null) {
            throw new InvalidInputException("type", "live.text.required");
        }
        PollType type = details.type();
        List<String> options = List.of();
        Integer min = null;
        Integer max = null;
        String minLabel = null;
        String maxLabel = null;
        if (type.choice()) {
            Set<String> labels = new LinkedHashSet<>();
            for (String option : details.options()) {
                String label = option == null ? "" : option.strip();
                if (label.length() > 200) {
                    throw new InvalidInputException("options", "live.text.too-long");
                }
                if (!label.isEmpty()) {
                    labels.add(label);
                }
            }
            if (labels.size() < 2 || labels.size() > MAX_OPTIONS) {
                throw new InvalidInputException("options", "live.poll.options.count");
            }
            options = List.copyOf(labels);
        }
        if (type == PollType.SCALE) {
            min = details.scaleMin() == null ? DEFAULT_SCALE_MIN : details.scaleMin();
            max = details.scaleMax() == null ? DEFAULT_SCALE_MAX : details.scaleMax();
            if (min >= max || max - min > MAX_SCALE_STEPS || min < -100 || max > 100) {
                throw new InvalidInputException("scaleMax", "live.poll.scale.range");
            }
            minLabel = optionalText(details.minLabel(), "minLabel");
            maxLabel = optionalText(details.maxLabel(), "maxLabel");
        }
        UUID id = UUID.randomUUID();
        store.insert(user.tenantId(), id, eventId, question, type,
                details.visibility() == null ? PollVisibility.LIVE : details.visibility(), min, max, minLabel, maxLabel,
                options, clock.instant());
        streams.toTeam(eventId, POLL_EVENT, status(id, PollStatus.DRAFT));
        PollView created = require(user.tenantId(), id).view();
        audit.record(user.tenantId(), "LIVE_POLL_CREATED", ENTITY, id, shorten(created.question()), null,
                Map.of("event", eventId.toString(), "question", created.question(), "type", created.type().name(),
                        "visibility", created.visibility().name(),
                        "options", created.options().stream().map(PollOption::label).toList()));
        return created;
    }

    /** The event's polls for its team, in the order they were prepared. */
    @Transactional(readOnly = true)
    public List<PollView> polls(CurrentUser user, UUID eventId) {
        events.requireRole(user, eventId);
        return store.ofEvent(user.tenantId(), eventId).stream().map(PollRow::view).toList();
    }

    /** A poll for the event's team; 404 for anybody else. */
    @Transactional(readOnly = true)
    public PollView poll(CurrentUser user, UUID pollId) {
        return team(user, pollId, false).view();
    }

    /** The poll the team opened last (what the presenter view shows), if any. */
    @Transactional(readOnly = true)
    public Optional<PollView> current(CurrentUser user, UUID eventId) {
        return polls(user, eventId).stream().filter(poll -> poll.openedAt() != null)
                .max(Comparator.comparing(PollView::openedAt));
    }

    /** Opens a prepared poll for votes; 409 unless it is a draft. */
    @Transactional
    public PollView open(CurrentUser user, UUID pollId) {
        return move(user, pollId, PollStatus.DRAFT, PollStatus.OPEN);
    }

    /** Closes an open poll: no vote counts any more; 409 unless it is open. */
    @Transactional
    public PollView close(CurrentUser user, UUID pollId) {
        return move(user, pollId, PollStatus.OPEN, PollStatus.CLOSED);
    }

    /** Shows a hidden poll's results to the participants (from now on, also while it stays open). */
    @Transactional
    public PollView reveal(CurrentUser user, UUID pollId) {
        PollRow row = team(user, pollId, true);
        if (row.view().status() == PollStatus.DRAFT) {
            throw new ConflictException("live.poll.draft");
        }
        if (store.reveal(user.tenantId(), pollId)) {
            audit.record(user.tenantId(), "LIVE_POLL_REVEALED", ENTITY, pollId, shorten(row.view().question()),
                    Map.of("revealed", false), Map.of("revealed", true));
        }
        changed(row, row.view().status());
        // After the commit, so that the flush reads the poll as revealed and sends the counts to everybody.
        ResultsCoalescer.Dirty dirty = new ResultsCoalescer.Dirty(user.tenantId(), row.view().eventId(), pollId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                coalescer.dirty(dirty);
            }
        });
        return require(user.tenantId(), pollId).view();
    }

    /** The results for the team: always, hidden or not. */
    @Transactional(readOnly = true)
    public PollResults results(CurrentUser user, UUID pollId) {
        return store.results(team(user, pollId, false));
    }

    /** The results as CSV in the reader's language (team only). */
    @Transactional(readOnly = true)
    public String csv(CurrentUser user, UUID pollId, Locale locale) {
        PollRow row = team(user, pollId, false);
        return exports.csv(row.view(), store.results(row), locale);
    }

    /** The results as a tagged PDF (PDF/UA; team only). */
    @Transactional(readOnly = true)
    public byte[] pdf(CurrentUser user, UUID pollId, Locale locale) {
        PollRow row = team(user, pollId, false);
        return exports.pdf(events.event(user, row.view().eventId()), row.view(), store.results(row), clock.instant(),
                locale);
    }

    /** The polls a participant sees: every poll that has been opened, in the order they were prepared. */
    @Transactional(readOnly = true)
    public List<PollView> polls(Participant participant) {
        return TenantScope.call(participant.tenantId(), () -> store.ofEvent(participant.tenantId(),
                participant.eventId()).stream().map(PollRow::view).filter(poll -> poll.status() != PollStatus.DRAFT)
                .toList());
    }

    /** A poll the participant sees; 404 for a draft or another event's poll. */
    @Transactional(readOnly = true)
    public PollView poll(Participant participant, UUID pollId) {
        return TenantScope.call(participant.tenantId(), () -> visible(participant, pollId).view());
    }

    /**
     * The results for a participant: only those shown live or revealed (403 while hidden).
     *
     * @throws NotFoundException for a draft or another event's poll
     */
    @Transactional(readOnly = true)
    public PollResults results(Participant participant, UUID pollId) {
        return TenantScope.call(participant.tenantId(), () -> {
            PollRow row = visible(participant, pollId);
            if (!row.view().resultsPublic()) {
                throw new AccessDeniedException("The results are hidden until the team reveals them");
            }
            return store.results(row);
        });
    }

    /** The participant's own vote in a poll, to show it again. */
    @Transactional(readOnly = true)
    public Optional<PollBallot> myVote(Participant participant, UUID pollId) {
        return TenantScope.call(participant.tenantId(), () -> store.vote(participant.tenantId(), pollId,
                participant.id()).map(vote -> new PollBallot(vote.optionIds(), vote.value(), vote.text())));
    }

    /**
     * Casts (or replaces) the participant's vote. Checked against the cached poll; the future completes once
     * the vote is committed, or fails: 409 if the poll closed meanwhile, 503 if the batch could not be written.
     *
     * @throws NotFoundException for a poll of another event, or a draft
     * @throws ConflictException when the poll is not open
     * @throws InvalidInputException for an option of another poll, a value off the scale, a missing text
     */
    public CompletableFuture<Void> vote(Participant participant, UUID pollId, PollBallot ballot) {
        PollView poll = cache.poll(participant.tenantId(), pollId)
                .filter(row -> row.view().eventId().equals(participant.eventId())
                        && row.view().status() != PollStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException(ENTITY)).view();
        if (poll.status() != PollStatus.OPEN) {
            throw new ConflictException("live.poll.not-open");
        }
        List<UUID> optionIds = List.of();
        Integer value = null;
        String text = null;
        switch (poll.type()) {
            case SINGLE, MULTIPLE -> optionIds = options(poll, ballot.optionIds());
            case SCALE -> {
                if (ballot.value() == null || !poll.scaleValues().contains(ballot.value())) {
                    throw new InvalidInputException("value", "live.poll.vote.scale");
                }
                value = ballot.value();
            }
            case WORDCLOUD -> text = words(ballot.text());
            case OPEN -> text = text(ballot.text(), "text", MAX_TEXT_LENGTH);
            default -> throw new IllegalStateException(poll.type().name());
        }
        return writer.submit(new VoteWriter.Vote(participant.tenantId(), participant.eventId(), pollId,
                participant.id(), optionIds, value, text, clock.instant()));
    }

    /** Normalises a word-cloud answer: lower case, words of letters and digits, single spaces. */
    static String words(@Nullable String text) {
        String words = text == null ? "" : text.toLowerCase(Locale.GERMAN).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (words.isEmpty()) {
            throw new InvalidInputException("text", "live.text.required");
        }
        if (words.length() > MAX_WORDS_LENGTH) {
            throw new InvalidInputException("text", "live.poll.vote.words");
        }
        return words;
    }

    private static List<UUID> options(PollView poll, List<UUID> chosen) {
        List<UUID> distinct = chosen.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty() || (poll.type() == PollType.SINGLE && distinct.size() > 1)) {
            throw new InvalidInputException("optionIds",
                    poll.type() == PollType.SINGLE ? "live.poll.vote.one" : "live.poll.vote.some");
        }
        Set<UUID> known = new LinkedHashSet<>();
        poll.options().forEach(option -> known.add(option.id()));
        if (!known.containsAll(distinct)) {
            throw new InvalidInputException("optionIds", "live.poll.vote.option");
        }
        return distinct;
    }

    private PollView move(CurrentUser user, UUID pollId, PollStatus from, PollStatus to) {
        PollRow row = team(user, pollId, true);
        if (!store.changeStatus(user.tenantId(), pollId, from, to, clock.instant())) {
            throw new ConflictException(from == PollStatus.DRAFT ? "live.poll.not-draft" : "live.poll.not-open");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        if (to == PollStatus.CLOSED) {
            // What the poll stood at when it closed; a vote of the batch under way is refused, not counted.
            after.put("votes", store.results(row).total());
        }
        audit.record(user.tenantId(), to == PollStatus.OPEN ? "LIVE_POLL_OPENED" : "LIVE_POLL_CLOSED", ENTITY, pollId,
                shorten(row.view().question()), Map.of("status", from.name()), after);
        changed(row, to);
        return require(user.tenantId(), pollId).view();
    }

    private void changed(PollRow row, PollStatus status) {
        cache.forget(row.tenantId(), row.view().id());
        streams.toEveryone(row.view().eventId(), POLL_EVENT, status(row.view().id(), status));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.forget(row.tenantId(), row.view().id());
            }
        });
    }

    private static Map<String, Object> status(UUID pollId, PollStatus status) {
        return Map.of("pollId", pollId.toString(), "status", status.name());
    }

    private PollRow team(CurrentUser user, UUID pollId, boolean runs) {
        PollRow row = require(user.tenantId(), pollId);
        events.requireTeam(user, row.view().eventId(), runs);
        return row;
    }

    private PollRow require(UUID tenantId, UUID pollId) {
        return store.find(tenantId, pollId).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    private PollRow visible(Participant participant, UUID pollId) {
        return store.find(participant.tenantId(), pollId)
                .filter(row -> row.view().eventId().equals(participant.eventId())
                        && row.view().status() != PollStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException(ENTITY));
    }

    private static String text(@Nullable String value, String field, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(field, "live.text.required");
        }
        if (clean.length() > max) {
            throw new InvalidInputException(field, "live.text.too-long");
        }
        return clean;
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static @Nullable String optionalText(@Nullable String value, String field) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > 100) {
            throw new InvalidInputException(field, "live.text.too-long");
        }
        return clean.isEmpty() ? null : clean;
    }
}
