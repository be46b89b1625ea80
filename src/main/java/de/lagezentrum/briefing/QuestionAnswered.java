package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A question of a briefing was answered.
 *
 * @param answeringStartedAt when its answer began; null when it was never marked as being answered now
 */
public record QuestionAnswered(UUID tenantId, UUID briefingId, UUID questionId,
        @Nullable Instant answeringStartedAt) {
}
