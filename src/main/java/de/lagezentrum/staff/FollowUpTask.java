package de.lagezentrum.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A task of an earlier session that is still open, as the Wiedervorlage shows it.
 *
 * @param owner the assignee's name, else the department's name
 * @param overdue whether it was past its due date when read (or when the protocol was finalised)
 * @param sessionId the session that gave the task
 * @param sessionStart when that session began
 */
public record FollowUpTask(UUID id, String text, TaskStatus status, @Nullable LocalDate due, boolean overdue,
        @Nullable UUID assigneeId, @Nullable UUID departmentId, String owner, UUID sessionId, Instant sessionStart) {
}
