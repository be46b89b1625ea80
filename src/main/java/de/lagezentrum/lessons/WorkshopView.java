package de.lagezentrum.lessons;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A reflection workshop as its facilitators see it. */
public record WorkshopView(UUID id, String title, Instant start, Instant end, @Nullable String place,
        List<String> municipalities, WorkshopPhase phase) {
}
