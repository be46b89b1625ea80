package de.lagezentrum.staff;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recorded line of the minutes.
 *
 * @param decisionNumber e.g. {@code B-2026-017} for decisions; null otherwise
 * @param taskId the task a TASK entry created; null otherwise
 */
public record EntryView(UUID id, UUID sessionId, UUID agendaItemId, EntryType type, String text,
        @Nullable String rationale, @Nullable String decisionNumber, @Nullable UUID taskId, UUID recordedBy,
        Instant recordedAt) {
}
