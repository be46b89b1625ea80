package de.lagezentrum.lessons;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a facilitator gives to plan a workshop; title, start and end are required, the end after the start. */
public record NewWorkshop(@Nullable String title, @Nullable Instant start, @Nullable Instant end,
        @Nullable String place, List<String> municipalities) {
}
