package de.lagezentrum.staff;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The text or rationale of a line of the minutes was corrected before the protocol was finalised.
 *
 * @param decisionNumber for decisions; null otherwise
 * @param text the corrected text
 * @param rationale the corrected rationale; may be null
 */
public record MinuteEntryCorrected(UUID tenantId, UUID staffId, UUID sessionId, UUID entryId, EntryType type,
        long version, @Nullable String decisionNumber, String text, @Nullable String rationale, UUID correctedBy,
        Instant correctedAt) {
}
