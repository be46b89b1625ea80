package de.lagezentrum.staff;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A line of the minutes under an agenda item.
 *
 * @param rationale why a decision was taken (the why matters later); may be null
 * @param assigneeId who carries out a task; a task needs an assignee or a department
 * @param departmentId the department that carries out a task
 * @param due when a task is due; may be null
 */
public record NewEntry(@NotNull EntryType type, @NotBlank @Size(max = 10_000) String text,
        @Nullable @Size(max = 10_000) String rationale, @Nullable UUID assigneeId, @Nullable UUID departmentId,
        @Nullable LocalDate due) {
}
