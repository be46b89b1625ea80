package de.lagezentrum.staff;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A staff decided something in a session; the number is unique per staff, e.g. B-2026-017. */
public record DecisionRecorded(UUID tenantId, UUID staffId, UUID sessionId, UUID entryId, String number, String text,
        @Nullable String rationale, UUID recordedBy, Instant recordedAt) {
}
