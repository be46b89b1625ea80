package de.lagezentrum.staff;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One step in a task's history: who changed its status, when, from what to what.
 *
 * @param from the status before; null for the task's creation
 */
public record TaskStatusChange(Instant changedAt, UUID changedBy, String changedByName, @Nullable TaskStatus from,
        TaskStatus to) {
}
