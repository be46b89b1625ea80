package de.lagezentrum.live;

import java.util.UUID;

/** The team moved a question to another status (also when it merged it into another). */
public record LiveQuestionChanged(UUID tenantId, UUID eventId, UUID questionId, LiveQuestionStatus status) {
}
