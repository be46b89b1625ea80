package de.lagezentrum.briefing;

import java.util.UUID;

/** The press office moved a question on (its new status), merged it or assigned it to somebody. */
public record QuestionChanged(UUID tenantId, UUID briefingId, UUID questionId, UUID authorId,
        QuestionStatus status) {
}
