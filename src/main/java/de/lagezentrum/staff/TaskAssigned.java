package de.lagezentrum.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A session gave someone (a person or a department) a task. */
public record TaskAssigned(UUID tenantId, UUID staffId, UUID sessionId, UUID taskId, String text,
        @Nullable UUID assigneeId, @Nullable UUID departmentId, @Nullable LocalDate due, UUID recordedBy,
        Instant recordedAt) {
}
