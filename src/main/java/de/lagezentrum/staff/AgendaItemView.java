package de.lagezentrum.staff;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An agenda item (TOP).
 *
 * @param status {@code PROPOSED} until the lead accepts it, then {@code ACCEPTED}
 */
public record AgendaItemView(UUID id, UUID sessionId, int position, String title, @Nullable String topic,
        @Nullable UUID presenterId, UUID proposedBy, String status) {
}
