package de.lagezentrum.staff;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A task from a session, followed up across sessions.
 *
 * @param topic the topic area of the agenda item it was recorded under; may be null
 * @param assigneeId the person carrying it out; may be null when a department does
 * @param departmentId the department carrying it out; may be null
 * @param due due date; may be null
 * @param overdue whether it is open or in progress past its due date
 */
public record TaskView(UUID id, UUID staffId, UUID sessionId, String text, @Nullable String topic,
        @Nullable UUID assigneeId,
        @Nullable UUID departmentId, @Nullable LocalDate due, TaskStatus status, boolean overdue, long version) {
}
