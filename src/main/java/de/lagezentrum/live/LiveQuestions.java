package de.lagezentrum.live;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.live.questions.BlockedWords;
import de.lagezentrum.live.questions.LiveQuestionStore;
import de.lagezentrum.live.questions.LiveQuestionStore.QuestionRow;
import de.lagezentrum.live.questions.UpvoteCoalescer;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The live module's facade for the audience's questions. Participants ask (anonymously, or under the
 * name they joined with if they choose to) while the event runs, and upvote each visible question once;
 * upvoting one's own question is allowed (the asker is one more person who wants it answered, and
 * refusing it would tell the others nothing they need). In the moderated mode a question waits until the
 * team lets it through; in the open mode it is visible at once, unless it contains a word of the host's
 * list. The team (host, co-hosts, moderators) sees every question and moves it on: visible, pinned,
 * answered, hidden, or merged into a lead question that takes its upvotes. Participants see the visible,
 * pinned and answered questions and their own waiting or merged ones; any other question does not exist
 * for them (404), nor does another event's or municipality's.
 */
@Service
public class LiveQuestions {

    /** Longest question, in characters. */
    public static final int MAX_TEXT = 500;
    static final String ENTITY = "LiveQuestion";

    private final LiveEvents events;
    private final LiveQuestionStore store;
    private final UpvoteCoalescer upvotes;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    LiveQuestions(LiveEvents events, LiveQuestionStore store, UpvoteCoalescer upvotes, AuditLog audit,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.store = store;
        this.upvotes = upvotes;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * A participant asks; plain text of 1 to {@value #MAX_TEXT} characters.
     *
     * @param named whether to ask under the participant's name (ignored for an anonymous participant)
     * @throws InvalidInputException for an empty or too long text
     * @throws ConflictException when the event is cancelled or over
     */
    @Transactional
    public LiveQuestionView ask(Participant participant, @Nullable String text, boolean named) {
        return TenantScope.call(participant.tenantId(), () -> {
            String question = text(text);
            EventView event = open(participant);
            boolean flagged = BlockedWords.contain(event.blockedWords(), question);
            LiveQuestionStatus status = event.qaMode() == QaMode.OPEN && !flagged ? LiveQuestionStatus.VISIBLE
                    : LiveQuestionStatus.PENDING;
            UUID id = UUID.randomUUID();
            store.insert(participant.tenantId(), id, participant.eventId(), participant.id(),
                    named ? participant.displayName() : null, question, status, flagged, clock.instant());
            QuestionRow row = store.find(participant.tenantId(), id, participant.id()).orElseThrow();
            upvotes.publish(row);
            publisher.publishEvent(new LiveQuestionAsked(participant.tenantId(), participant.eventId(), id, status));
            return view(row, participant.id());
        });
    }

    /** The questions a participant sees, pinned first, in the order asked for. */
    @Transactional(readOnly = true)
    public List<LiveQuestionView> questions(Participant participant, LiveQuestionSort sort) {
        return TenantScope.call(participant.tenantId(), () -> store.list(participant.tenantId(),
                participant.eventId(), participant.id(), false, sort).stream()
                .map(row -> view(row, participant.id())).toList());
    }

    /** Every question of the event for its team (moderators included), pinned first; 404 for anybody else. */
    @Transactional(readOnly = true)
    public List<LiveQuestionView> questions(CurrentUser user, UUID eventId, LiveQuestionSort sort) {
        events.requireTeam(user, eventId, false);
        return store.list(user.tenantId(), eventId, LiveQuestionStore.NOBODY, true, sort).stream()
                .map(row -> view(row, LiveQuestionStore.NOBODY)).toList();
    }

    /**
     * One question of the event for its team; 404 for a question of another event or municipality, and for
     * anybody not on the event's team.
     */
    @Transactional(readOnly = true)
    public LiveQuestionView question(CurrentUser user, UUID eventId, UUID questionId) {
        events.requireTeam(user, eventId, false);
        return store.find(user.tenantId(), questionId, LiveQuestionStore.NOBODY)
                .filter(row -> row.eventId().equals(eventId))
                .map(row -> view(row, LiveQuestionStore.NOBODY))
                .orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /** The top visible or pinned questions for the presenter view: pinned first, then by upvotes. */
    @Transactional(readOnly = true)
    public List<LiveQuestionView> top(CurrentUser user, UUID eventId, int count) {
        events.requireTeam(user, eventId, false);
        return store.list(user.tenantId(), eventId, LiveQuestionStore.NOBODY, false, LiveQuestionSort.VOTES).stream()
                .filter(row -> row.status().upvotable()).limit(count).map(row -> view(row, LiveQuestionStore.NOBODY))
                .toList();
    }

    /**
     * A participant upvotes a visible or pinned question, once.
     *
     * @throws ConflictException for a second upvote, a question answered, merged or waiting, or an event
     *         that is cancelled or over
     */
    @Transactional
    public LiveQuestionView upvote(Participant participant, UUID questionId) {
        return TenantScope.call(participant.tenantId(), () -> {
            QuestionRow row = seen(participant, questionId);
            open(participant);
            if (!row.status().upvotable()) {
                throw new ConflictException("live.question.upvote.closed");
            }
            if (!store.upvote(participant.tenantId(), questionId, participant.id(), clock.instant())) {
                throw new ConflictException("live.question.upvote.twice");
            }
            return upvoted(participant, questionId);
        });
    }

    /**
     * A participant takes their upvote back.
     *
     * @throws ConflictException when they had not upvoted it, or the event is cancelled or over
     */
    @Transactional
    public LiveQuestionView removeUpvote(Participant participant, UUID questionId) {
        return TenantScope.call(participant.tenantId(), () -> {
            seen(participant, questionId);
            open(participant);
            if (!store.removeUpvote(participant.tenantId(), questionId, participant.id())) {
                throw new ConflictException("live.question.upvote.none");
            }
            return upvoted(participant, questionId);
        });
    }

    /**
     * The team moves a question to another status (not {@code MERGED}: see {@link #merge}).
     *
     * @param version the version it was read in; null skips the check
     * @throws ConflictException for a merged question or a change since {@code version}
     */
    @Transactional
    public LiveQuestionView change(CurrentUser user, UUID questionId, LiveQuestionStatus status,
            @Nullable Long version) {
        if (status == LiveQuestionStatus.MERGED) {
            throw new InvalidInputException("leadId", "live.question.lead.required");
        }
        QuestionRow row = forTeam(user, questionId, version);
        save(user, row, status, null);
        return view(find(user.tenantId(), questionId), LiveQuestionStore.NOBODY);
    }

    /**
     * The team merges a duplicate into a lead question of the same event: the lead takes the duplicate's
     * upvotes (a participant who upvoted both counts once), and duplicates of the duplicate move to the lead.
     *
     * @throws InvalidInputException for a lead that is the question itself, merged, hidden or of another event
     * @throws ConflictException for a question merged already, or a change of either since it was read
     */
    @Transactional
    public LiveQuestionView merge(CurrentUser user, UUID questionId, @Nullable UUID leadId, @Nullable Long version) {
        if (leadId == null) {
            throw new InvalidInputException("leadId", "live.question.lead.required");
        }
        QuestionRow duplicate = forTeam(user, questionId, version);
        QuestionRow lead = store.find(user.tenantId(), leadId, LiveQuestionStore.NOBODY)
                .filter(found -> found.eventId().equals(duplicate.eventId()))
                .filter(found -> !found.id().equals(questionId))
                .filter(found -> found.status() != LiveQuestionStatus.MERGED && found.status() != LiveQuestionStatus.HIDDEN)
                .orElseThrow(() -> new InvalidInputException("leadId", "live.question.lead.invalid"));
        Instant now = clock.instant();
        // The lead must still be the lead it was read as: two moderators merging A into B and B into A at
        // once would otherwise leave each merged into the other; the slower one finds a new version.
        if (!store.keepAsLead(user.tenantId(), leadId, lead.version(), now)) {
            throw new ConflictException("problem.concurrent-change");
        }
        save(user, duplicate, LiveQuestionStatus.MERGED, leadId);
        store.moveUpvotes(user.tenantId(), questionId, leadId);
        store.repoint(user.tenantId(), questionId, leadId, now);
        upvotes.publish(find(user.tenantId(), leadId));
        return view(find(user.tenantId(), questionId), LiveQuestionStore.NOBODY);
    }

    private QuestionRow forTeam(CurrentUser user, UUID questionId, @Nullable Long version) {
        QuestionRow row = store.find(user.tenantId(), questionId, LiveQuestionStore.NOBODY)
                .orElseThrow(() -> new NotFoundException(ENTITY));
        events.requireTeam(user, row.eventId(), false);
        if (row.status() == LiveQuestionStatus.MERGED) {
            throw new ConflictException("live.question.merged");
        }
        if (version != null && version != row.version()) {
            throw new ConflictException("problem.concurrent-change");
        }
        return row;
    }

    private void save(CurrentUser user, QuestionRow row, LiveQuestionStatus status, @Nullable UUID mergedInto) {
        if (!store.update(user.tenantId(), row.id(), row.version(), status, mergedInto, clock.instant())) {
            throw new ConflictException("problem.concurrent-change");
        }
        audit.record(user.tenantId(), "LIVE_QUESTION_" + status.name(), ENTITY, row.id(), shorten(row.text()),
                Map.of("status", row.status().name()), mergedInto == null ? Map.of("status", status.name())
                        : Map.of("status", status.name(), "mergedInto", mergedInto.toString()));
        upvotes.publish(find(user.tenantId(), row.id()));
        publisher.publishEvent(new LiveQuestionChanged(user.tenantId(), row.eventId(), row.id(), status));
    }

    /** The question if the participant sees it: every shown one of their event, and their own. */
    private QuestionRow seen(Participant participant, UUID questionId) {
        return store.find(participant.tenantId(), questionId, participant.id())
                .filter(row -> row.eventId().equals(participant.eventId()))
                .filter(row -> row.status().shown() || row.participantId().equals(participant.id()))
                .orElseThrow(() -> new NotFoundException(ENTITY));
    }

    private LiveQuestionView upvoted(Participant participant, UUID questionId) {
        upvotes.afterCommit(new UpvoteCoalescer.Dirty(participant.tenantId(), participant.eventId(), questionId));
        return view(store.find(participant.tenantId(), questionId, participant.id()).orElseThrow(), participant.id());
    }

    /** The participant's event, if questions and upvotes are still taken. */
    private EventView open(Participant participant) {
        EventView event = events.eventOf(participant);
        if (event.cancelled()) {
            throw new ConflictException("live.question.event.cancelled");
        }
        if (event.endedAt(clock.instant())) {
            throw new ConflictException("live.question.event.ended");
        }
        return event;
    }

    private QuestionRow find(UUID tenantId, UUID questionId) {
        return store.find(tenantId, questionId, LiveQuestionStore.NOBODY).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /** The question for a participant ({@code viewer}), or for the team ({@link LiveQuestionStore#NOBODY}). */
    private static LiveQuestionView view(QuestionRow row, UUID viewer) {
        boolean team = viewer.equals(LiveQuestionStore.NOBODY);
        return new LiveQuestionView(row.id(), row.eventId(), row.text(), row.upvotes(), row.status(), row.authorName(),
                row.askedAt(), team && row.flagged(), row.mergedInto() == null ? null
                        : new LiveQuestionView.Lead(row.mergedInto(), row.leadText() == null ? "" : row.leadText()),
                row.participantId().equals(viewer), row.upvoted(), row.version());
    }

    private static String text(@Nullable String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("text", "live.question.text.required");
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_TEXT) {
            throw new InvalidInputException("text", "live.question.text.too-long");
        }
        return stripped;
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
