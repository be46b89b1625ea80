package de.lagezentrum.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A remedial action of a lesson.
 *
 * @param ownerId the owning person, if any
 * @param ownerName that person's name
 * @param departmentId the owning department, if any
 * @param departmentName that department's name
 * @param overdue not done and due before today in the municipality's zone
 */
public record LessonActionView(UUID id, UUID lessonId, String lessonTitle, String text, @Nullable UUID ownerId,
        @Nullable String ownerName, @Nullable UUID departmentId, @Nullable String departmentName, LocalDate due,
        ActionStatus status, @Nullable String progress, @Nullable Instant doneAt, boolean overdue) {
}
