package de.lagezentrum.staff.staffs;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A topic area (Themenfeld) of a staff.
 *
 * @param departmentId the department that owns the topic; null while unassigned
 */
@Table(schema = "staff", name = "topic")
public record Topic(UUID tenantId, String name, @Nullable UUID departmentId) {
}
