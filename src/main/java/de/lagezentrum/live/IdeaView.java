package de.lagezentrum.live;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An idea of an event: a question, an open-text answer or a blog post the team marked, with its text as
 * it was then. The id is stable, for the programme's findings to refer to.
 *
 * @param transferredTo the finding of the modernisation programme the idea became; null until transferred
 */
public record IdeaView(UUID id, IdeaKind kind, UUID sourceId, String text, @Nullable UUID transferredTo,
        Instant markedAt) {
}
