package de.lagezentrum.staff;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision as listed across sessions, e.g. on the dashboard.
 *
 * @param number e.g. {@code B-2026-017}
 * @param staffName the name of the staff that took it
 * @param sessionId the session in whose minutes it stands
 */
public record DecisionSummary(UUID id, UUID staffId, String staffName, UUID sessionId, String number, String text,
        Instant recordedAt) {
}
