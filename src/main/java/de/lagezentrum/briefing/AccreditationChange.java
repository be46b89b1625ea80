package de.lagezentrum.briefing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step in an accreditation's history.
 *
 * @param occurredAt when
 * @param actorName who: the press office member, or the journalist for their own steps
 * @param from the status before; null for the registration
 * @param to the status after
 * @param note the press office's question or reason, or the journalist's answer; may be null
 */
public record AccreditationChange(Instant occurredAt, String actorName, @Nullable AccreditationStatus from,
        AccreditationStatus to, @Nullable String note) {
}
