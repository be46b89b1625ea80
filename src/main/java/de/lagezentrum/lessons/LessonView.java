package de.lagezentrum.lessons;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A lesson with its observations, root cause, remedial actions and, once learned, the validation. */
public record LessonView(UUID id, String title, @Nullable String rootCause, LessonStatus status,
        List<LessonObservation> observations, List<LessonActionView> actions, @Nullable String evidence,
        @Nullable Instant validatedAt) {

    /** Whether an action is not done yet (the lesson cannot be validated). */
    public boolean hasOpenActions() {
        return actions.stream().anyMatch(action -> action.status() != ActionStatus.DONE);
    }

    /** Whether an action is overdue. */
    public boolean hasOverdueActions() {
        return actions.stream().anyMatch(LessonActionView::overdue);
    }

    /** An observation the lesson names. */
    public record LessonObservation(UUID id, UUID workshopId, String kind, @Nullable String theme, String text) {
    }
}
