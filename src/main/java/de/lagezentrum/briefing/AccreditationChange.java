package de.lagezentrum.briefing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step in an accreditation's history.
 *
 * @param occurredAt when
 * @param actorName who (the journalist's name for their own steps)
 * @param from the status before; null for the registration
 * @param to the status after
 * @param reason the press office's reason or question; may be null
 */
public record AccreditationChange(Instant occurredAt, String actorName, @Nullable AccreditationStatus from,
        AccreditationStatus to, @Nullable String reason) {
}
