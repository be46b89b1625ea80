package de.lagezentrum.lessons;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A remedial action: what is to be done, by whom (a person or a department of the municipality), by when. */
public record NewLessonAction(@Nullable String text, @Nullable UUID ownerId, @Nullable UUID departmentId,
        @Nullable LocalDate due) {
}
