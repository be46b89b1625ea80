package de.lagezentrum.lessons;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An observation on a workshop's board.
 *
 * @param phase the phase it was posted in
 * @param author the author's name as it was when posting
 * @param clusterId the facilitator's cluster it sits in, or null
 * @param merged how many duplicates were merged into it
 */
public record ObservationView(UUID id, UUID workshopId, WorkshopPhase phase, ObservationKind kind,
        @Nullable String theme, String text, @Nullable String author, @Nullable UUID clusterId, int merged,
        Instant createdAt) {
}
