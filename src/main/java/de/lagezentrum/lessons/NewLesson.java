package de.lagezentrum.lessons;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a facilitator gives for a lesson identified: a title, its observations (at least one), a root cause. */
public record NewLesson(@Nullable String title, @Nullable List<UUID> observationIds, @Nullable String rootCause) {
}
