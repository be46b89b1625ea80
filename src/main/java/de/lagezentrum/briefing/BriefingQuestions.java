package de.lagezentrum.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.briefing.briefings.BriefingAccess;
import de.lagezentrum.briefing.questions.QuestionSteps;
import de.lagezentrum.briefing.questions.QuestionStore;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The briefing module's facade for questions. Journalists of the municipality ask before and during a
 * briefing (not after it ended, not when it is cancelled) and see their own questions; the press office,
 * the chair and the panel see all of them; the press office works the queue: accepts, rejects with a
 * reason, merges duplicates, assigns a question to the chair or a panel member, marks the one being
 * answered now and records the answer. For anybody else a briefing's questions do not exist (404), nor do
 * another briefing's. Every step is in the audit log and goes to the live stream.
 */
@Service
public class BriefingQuestions {

    static final String ENTITY = "Question";
    private static final String JOURNALIST = "JOURNALIST";

    private final BriefingManagement briefings;
    private final BriefingAccess access;
    private final QuestionStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BriefingQuestions(BriefingManagement briefings, BriefingAccess access, QuestionStore store, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.briefings = briefings;
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A journalist asks; the text is plain text of at most 2,000 characters.
     *
     * @throws InvalidInputException for an empty or too long text
     * @throws ConflictException when the briefing is cancelled or has ended
     */
    @Transactional
    public QuestionView ask(CurrentUser user, UUID briefingId, @Nullable String text) {
        BriefingView briefing = briefings.joinable(user, briefingId);
        if (!user.hasRole(JOURNALIST)) {
            throw new AccessDeniedException("Only journalists ask questions");
        }
        String question = QuestionSteps.text(text);
        if (briefing.cancelled()) {
            throw new ConflictException("question.briefing.cancelled");
        }
        Instant now = clock.instant();
        if (!briefing.end().isAfter(now)) {
            throw new ConflictException("question.briefing.ended");
        }
        UUID id = UUID.randomUUID();
        store.insert(user.tenantId(), id, briefingId, user.personId(), user.displayName(), question, now);
        audit.record(user.tenantId(), "QUESTION_ASKED", ENTITY, id, summary(briefing, question), null,
                Map.of("status", QuestionStatus.PENDING.name(), "text", question));
        events.publishEvent(new QuestionAsked(user.tenantId(), briefingId, id, user.personId()));
        return find(user, briefingId, id);
    }

    /** The briefing's questions in the order asked: all of them for the press office, chair and panel; a journalist's own. */
    @Transactional(readOnly = true)
    public List<QuestionView> questions(CurrentUser user, UUID briefingId) {
        BriefingView briefing = briefings.joinable(user, briefingId);
        return seesAll(user, briefing) ? store.all(user.tenantId(), briefingId)
                : store.byAuthor(user.tenantId(), briefingId, user.personId());
    }

    /** The press office's queue: every question of the briefing in the order asked; 403 for anybody else. */
    @Transactional(readOnly = true)
    public List<QuestionView> queue(CurrentUser user, UUID briefingId) {
        briefings.joinable(user, briefingId);
        access.requirePressOffice(user);
        return store.all(user.tenantId(), briefingId);
    }

    /** One question, as {@link #questions} shows it; another journalist's question does not exist. */
    @Transactional(readOnly = true)
    public QuestionView question(CurrentUser user, UUID briefingId, UUID questionId) {
        BriefingView briefing = briefings.joinable(user, briefingId);
        QuestionView question = find(user, briefingId, questionId);
        if (!seesAll(user, briefing) && !question.authorId().equals(user.personId())) {
            throw new NotFoundException(ENTITY);
        }
        return question;
    }

    /**
     * The press office moves a question on: accepted, being answered now (stores the instant; one question
     * of a briefing at a time), answered (with an optional answer), rejected (with a reason).
     *
     * @throws ConflictException for a step its status does not allow, another question being answered now,
     *         or a change since {@code change.version()}
     */
    @Transactional
    public QuestionView change(CurrentUser user, UUID briefingId, UUID questionId, QuestionChange change) {
        QuestionView question = forPressOffice(user, briefingId, questionId, change.version());
        Instant now = clock.instant();
        QuestionView changed = QuestionSteps.apply(question, change, now);
        if (changed.status() == QuestionStatus.ANSWERING
                && store.answering(user.tenantId(), briefingId).filter(other -> !other.equals(questionId)).isPresent()) {
            throw new ConflictException("question.answering.other");
        }
        QuestionView saved;
        try {
            saved = save(user, question, changed, now);
        }
        catch (DuplicateKeyException e) {
            // Two questions marked at the same moment: the unique index lets one through, the other hears why.
            throw new ConflictException("question.answering.other");
        }
        if (saved.status() == QuestionStatus.ANSWERED) {
            events.publishEvent(new QuestionAnswered(user.tenantId(), briefingId, questionId,
                    saved.answeringStartedAt()));
        }
        return saved;
    }

    /**
     * The press office merges a duplicate into the lead question that asks the same; the duplicate's author
     * sees the lead (and its answer). Duplicates merged into the duplicate move to the lead as well.
     *
     * @throws InvalidInputException for a lead that is the question itself, rejected, merged or of another briefing
     */
    @Transactional
    public QuestionView merge(CurrentUser user, UUID briefingId, UUID questionId, UUID leadId,
            @Nullable Long version) {
        QuestionView duplicate = forPressOffice(user, briefingId, questionId, version);
        QuestionView lead = store.find(user.tenantId(), briefingId, leadId)
                .orElseThrow(() -> new InvalidInputException("leadId", "question.lead.invalid"));
        Instant now = clock.instant();
        QuestionView saved = save(user, duplicate, QuestionSteps.merge(duplicate, lead), now);
        // The lead must still be the lead it was read as: two colleagues merging A into B and B into A at
        // once would otherwise leave both merged, each into the other. Its version counts up; the slower
        // of the two finds a version that changed and gets 409.
        if (!store.keepAsLead(user.tenantId(), briefingId, leadId, lead.version(), now)) {
            throw new ConflictException("problem.concurrent-change");
        }
        for (UUID moved : store.repoint(user.tenantId(), briefingId, questionId, leadId, now)) {
            QuestionView repointed = find(user, briefingId, moved);
            events.publishEvent(new QuestionChanged(user.tenantId(), briefingId, moved, repointed.authorId(),
                    repointed.status()));
        }
        return saved;
    }

    /**
     * The press office assigns a question to the chair or a panel member of the briefing, or to nobody (null).
     *
     * @throws InvalidInputException for a person who is neither chair nor on the panel
     * @throws ConflictException for a question that is answered, rejected or merged
     */
    @Transactional
    public QuestionView assign(CurrentUser user, UUID briefingId, UUID questionId, @Nullable UUID personId,
            @Nullable Long version) {
        QuestionView question = forPressOffice(user, briefingId, questionId, version);
        requireChairOrPanel(briefings.joinable(user, briefingId), personId);
        return save(user, question, QuestionSteps.assign(question, personId), clock.instant());
    }

    /**
     * The press office records a question that was asked in the room (by voice, in the video conference)
     * together with its answer, also after the briefing, so that it is published at its time code like the
     * others. It counts as asked and answering at {@code answeringStartedAt}.
     *
     * @param askedBy who asked, e.g. "Radio Musterstadt"; shown instead of an account's name
     * @param answer the answer as plain text; may be null
     * @throws InvalidInputException for empty or too long texts, or a moment outside the briefing's time
     */
    @Transactional
    public QuestionView recordAnswered(CurrentUser user, UUID briefingId, String askedBy, String text,
            Instant answeringStartedAt, @Nullable String answer) {
        return recordAnswered(user, briefingId, askedBy, text, answeringStartedAt, answer, null);
    }

    /**
     * As {@link #recordAnswered(CurrentUser, UUID, String, String, Instant, String)}, naming who answered:
     * the chair or a panel member, kept as the question's assignee.
     *
     * @param answeredBy the person who answered; null when not said
     * @throws InvalidInputException also for a person who is neither chair nor on the panel
     */
    @Transactional
    public QuestionView recordAnswered(CurrentUser user, UUID briefingId, String askedBy, String text,
            Instant answeringStartedAt, @Nullable String answer, @Nullable UUID answeredBy) {
        BriefingView briefing = briefings.joinable(user, briefingId);
        access.requirePressOffice(user);
        String question = QuestionSteps.text(text);
        String name = askedBy.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("askedBy", "question.askedBy.invalid");
        }
        if (answeringStartedAt.isBefore(briefing.start()) || answeringStartedAt.isAfter(briefing.end())) {
            throw new InvalidInputException("answeringStartedAt", "question.answering.outside");
        }
        requireChairOrPanel(briefing, answeredBy);
        UUID id = UUID.randomUUID();
        store.insert(user.tenantId(), id, briefingId, user.personId(), name, question, answeringStartedAt);
        QuestionView recorded = find(user, briefingId, id);
        QuestionView answering = QuestionSteps.apply(QuestionSteps.apply(QuestionSteps.assign(recorded, answeredBy),
                new QuestionChange(QuestionStatus.ACCEPTED, null, null, null), answeringStartedAt),
                new QuestionChange(QuestionStatus.ANSWERING, null, null, null), answeringStartedAt);
        QuestionView answered = QuestionSteps.apply(answering,
                new QuestionChange(QuestionStatus.ANSWERED, answer, null, null), clock.instant());
        QuestionView saved = save(user, recorded, answered, clock.instant());
        events.publishEvent(new QuestionAnswered(user.tenantId(), briefingId, id, answeringStartedAt));
        return saved;
    }

    /**
     * The answered questions of a briefing of that municipality, with their answers and the instants their
     * answers began, in that order: for the public page once the briefing is published. No access check:
     * the caller decides that the briefing is public.
     */
    @Transactional(readOnly = true)
    public List<QuestionView> answeredForPublication(UUID tenantId, UUID briefingId) {
        return TenantScope.call(tenantId, () -> store.answered(tenantId, briefingId));
    }

    private QuestionView forPressOffice(CurrentUser user, UUID briefingId, UUID questionId, @Nullable Long version) {
        briefings.joinable(user, briefingId);
        access.requirePressOffice(user);
        QuestionView question = find(user, briefingId, questionId);
        if (version != null && version != question.version()) {
            throw new ConflictException("problem.concurrent-change");
        }
        return question;
    }

    private QuestionView save(CurrentUser user, QuestionView before, QuestionView changed, Instant now) {
        if (!store.update(user.tenantId(), changed, now)) {
            throw new ConflictException("problem.concurrent-change");
        }
        audit.record(user.tenantId(), "QUESTION_" + changed.status().name(), ENTITY, before.id(),
                shorten(before.text()), QuestionSteps.auditState(before), QuestionSteps.auditState(changed));
        events.publishEvent(new QuestionChanged(user.tenantId(), before.briefingId(), before.id(), before.authorId(),
                changed.status()));
        return find(user, before.briefingId(), before.id());
    }

    private QuestionView find(CurrentUser user, UUID briefingId, UUID questionId) {
        return store.find(user.tenantId(), briefingId, questionId).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    private static void requireChairOrPanel(BriefingView briefing, @Nullable UUID personId) {
        if (personId != null && !personId.equals(briefing.chairId()) && !briefing.panel().contains(personId)) {
            throw new InvalidInputException("assigneeId", "question.assignee.invalid");
        }
    }

    private static boolean seesAll(CurrentUser user, BriefingView briefing) {
        return user.hasRole("PRESS_OFFICE") || user.personId().equals(briefing.chairId())
                || briefing.panel().contains(user.personId());
    }

    private static String summary(BriefingView briefing, String text) {
        return briefing.title() + ": " + shorten(text);
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
