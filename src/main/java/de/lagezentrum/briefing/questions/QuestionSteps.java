package de.lagezentrum.briefing.questions;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.briefing.QuestionChange;
import de.lagezentrum.briefing.QuestionStatus;
import de.lagezentrum.briefing.QuestionView;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * The queue's rules, without the database: which step a question may take from which status, and what the
 * step writes. pending → accepted → being answered now → answered; pending or accepted → rejected (with a
 * reason) or merged into a lead question. A step the status does not allow is a conflict (409).
 */
public final class QuestionSteps {

    /** Longest question, in characters. */
    public static final int MAX_TEXT = 2000;
    /** Longest rejection reason, in characters. */
    public static final int MAX_REASON = 1000;
    /** Longest answer, in characters. */
    public static final int MAX_ANSWER = 10_000;

    private static final Set<QuestionStatus> OPEN = EnumSet.of(QuestionStatus.PENDING, QuestionStatus.ACCEPTED);

    private QuestionSteps() {
    }

    /** The question's text, stripped; refused when empty or longer than {@link #MAX_TEXT}. */
    public static String text(@Nullable String text) {
        return required("text", text, MAX_TEXT, "question.text");
    }

    /** The question after the change; the same version, for the guarded write. */
    public static QuestionView apply(QuestionView question, QuestionChange change, Instant now) {
        QuestionStatus from = question.status();
        return switch (change.status()) {
            case ACCEPTED -> {
                allow(from, EnumSet.of(QuestionStatus.PENDING, QuestionStatus.ANSWERING));
                yield with(question, QuestionStatus.ACCEPTED, null, null, null, null);
            }
            case ANSWERING -> {
                allow(from, EnumSet.of(QuestionStatus.ACCEPTED));
                yield with(question, QuestionStatus.ANSWERING, null, now, null, null);
            }
            case ANSWERED -> {
                allow(from, EnumSet.of(QuestionStatus.ACCEPTED, QuestionStatus.ANSWERING));
                String answer = optional("answer", change.answer(), MAX_ANSWER, "question.answer");
                yield with(question, QuestionStatus.ANSWERED, null, question.answeringStartedAt(), answer, now);
            }
            case REJECTED -> {
                allow(from, OPEN);
                String reason = required("reason", change.reason(), MAX_REASON, "question.reason");
                yield with(question, QuestionStatus.REJECTED, reason, null, null, null);
            }
            case PENDING, MERGED -> throw new InvalidInputException("status", "question.status.invalid");
        };
    }

    /** The duplicate after merging it into the lead. */
    public static QuestionView merge(QuestionView duplicate, QuestionView lead) {
        allow(duplicate.status(), OPEN);
        if (duplicate.id().equals(lead.id()) || lead.status() == QuestionStatus.MERGED
                || lead.status() == QuestionStatus.REJECTED) {
            throw new InvalidInputException("leadId", "question.lead.invalid");
        }
        return new QuestionView(duplicate.id(), duplicate.briefingId(), duplicate.authorId(), duplicate.authorName(),
                duplicate.text(), QuestionStatus.MERGED, duplicate.askedAt(), duplicate.assigneeId(), null,
                new QuestionView.Lead(lead.id(), lead.text(), lead.status(), lead.answer()), null, null, null,
                duplicate.version());
    }

    /** The question with another assignee (or none). */
    public static QuestionView assign(QuestionView question, @Nullable UUID assigneeId) {
        if (question.status().done()) {
            throw new ConflictException("question.transition");
        }
        return new QuestionView(question.id(), question.briefingId(), question.authorId(), question.authorName(),
                question.text(), question.status(), question.askedAt(), assigneeId, question.rejectionReason(),
                question.lead(), question.answeringStartedAt(), question.answer(), question.answeredAt(),
                question.version());
    }

    /** What the audit log keeps of a question's state. */
    public static Map<String, Object> auditState(QuestionView question) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", question.status().name());
        put(state, "assigneeId", question.assigneeId());
        put(state, "rejectionReason", question.rejectionReason());
        put(state, "mergedInto", question.lead() == null ? null : question.lead().id());
        put(state, "answeringStartedAt", question.answeringStartedAt());
        put(state, "answer", question.answer());
        return state;
    }

    private static void put(Map<String, Object> state, String key, @Nullable Object value) {
        if (value != null) {
            state.put(key, value.toString());
        }
    }

    private static void allow(QuestionStatus from, Set<QuestionStatus> allowed) {
        if (!allowed.contains(from)) {
            throw new ConflictException("question.transition");
        }
    }

    private static QuestionView with(QuestionView q, QuestionStatus status, @Nullable String reason,
            @Nullable Instant answeringStartedAt, @Nullable String answer, @Nullable Instant answeredAt) {
        return new QuestionView(q.id(), q.briefingId(), q.authorId(), q.authorName(), q.text(), status, q.askedAt(),
                q.assigneeId(), reason, null, answeringStartedAt, answer, answeredAt, q.version());
    }

    private static String required(String field, @Nullable String value, int max, String key) {
        String stripped = optional(field, value, max, key);
        if (stripped == null) {
            throw new InvalidInputException(field, key + ".required");
        }
        return stripped;
    }

    private static @Nullable String optional(String field, @Nullable String value, int max, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, key + ".too-long");
        }
        return stripped;
    }
}
