package de.lagezentrum.live;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One item of an event's agenda: a keynote, a talk, a discussion or a break, with its speaker and times
 * when known.
 */
public record AgendaItem(AgendaKind kind, String title, @Nullable String speaker, @Nullable Instant start,
        @Nullable Instant end) {
}
