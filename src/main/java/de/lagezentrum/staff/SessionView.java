package de.lagezentrum.staff;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A session of a staff.
 *
 * @param seriesId the series it belongs to; null for single sessions
 * @param status {@code PLANNED} or {@code CANCELLED}
 * @param videoUrl the video room, the session's own or the series'; may be null
 */
public record SessionView(UUID id, UUID staffId, @Nullable UUID seriesId, Instant start, Instant end,
        SessionKind kind, String status, @Nullable String title, @Nullable String videoUrl) {
}
