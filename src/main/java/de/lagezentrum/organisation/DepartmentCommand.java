package de.lagezentrum.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Name and abbreviation of a department to create or rename.
 *
 * @param name full name, 1–200 characters
 * @param shortName abbreviation, 1–20 characters
 */
public record DepartmentCommand(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 20) String shortName) {
}
