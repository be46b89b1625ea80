package de.lagezentrum.lessons;

import org.jspecify.annotations.Nullable;

/** An owner's report on a remedial action: its status and, if given, the progress so far. */
public record LessonActionChange(@Nullable ActionStatus status, @Nullable String progress) {
}
