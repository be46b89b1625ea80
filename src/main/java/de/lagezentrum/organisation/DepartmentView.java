package de.lagezentrum.organisation;

import java.util.UUID;

/**
 * A department as others see it.
 *
 * @param id its id
 * @param name full name, e.g. "Amt für Soziales"
 * @param shortName abbreviation, e.g. "50"
 * @param version for optimistic locking of edits
 */
public record DepartmentView(UUID id, String name, String shortName, long version) {
}
