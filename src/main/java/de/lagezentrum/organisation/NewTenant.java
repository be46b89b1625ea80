package de.lagezentrum.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A municipality to add to the installation, with its first admin.
 *
 * @param name the municipality's name, unique in the installation
 * @param adminUsername login name of its admin, unique in the installation
 * @param adminEmail where the admin's set-password link goes
 */
public record NewTenant(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(min = 3, max = 64) String adminUsername,
        @NotBlank @Email @Size(max = 254) String adminEmail) {
}
