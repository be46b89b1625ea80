package de.lagezentrum.staff.staffs;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's membership in a staff.
 *
 * @param function what the person does in the staff, e.g. "Protokoll"; may be null
 */
@Table(schema = "staff", name = "staff_member")
public record StaffMember(UUID tenantId, UUID personId, @Nullable String function, Instant addedAt) {
}
