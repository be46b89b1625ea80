package de.lagezentrum.briefing;

import java.util.UUID;

/** A journalist asked a question to a briefing. */
public record QuestionAsked(UUID tenantId, UUID briefingId, UUID questionId, UUID authorId) {
}
