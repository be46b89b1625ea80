package de.lagezentrum.staff;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * A recorded line of the minutes.
 *
 * @param decisionNumber e.g. {@code B-2026-017} for decisions; null otherwise
 * @param taskId the task a TASK entry created; null otherwise
 * @param version changes with every correction; a correction names the version it was made on (0 in
 *        protocols finalised before entries had versions)
 */
public record EntryView(UUID id, UUID sessionId, UUID agendaItemId, EntryType type, String text,
        @Nullable String rationale, @Nullable String decisionNumber, @Nullable UUID taskId, UUID recordedBy,
        Instant recordedAt, @JsonSetter(nulls = Nulls.AS_EMPTY) long version) {
}
