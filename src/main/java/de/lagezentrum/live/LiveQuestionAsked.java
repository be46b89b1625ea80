package de.lagezentrum.live;

import java.util.UUID;

/** A participant asked a question; {@code status} is PENDING or VISIBLE. */
public record LiveQuestionAsked(UUID tenantId, UUID eventId, UUID questionId, LiveQuestionStatus status) {
}
