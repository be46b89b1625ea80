package de.lagezentrum.organisation;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a person besides the account.
 *
 * @param displayName the name as shown, e.g. "Dr. Clara Neumann"
 * @param email work e-mail address; may be null
 * @param phone phone number; may be null
 * @param jobTitle function, e.g. "Amtsleitung"; may be null
 * @param departmentId the department; may be null for external people
 */
public record PersonDetails(
        @NotBlank @Size(max = 200) String displayName,
        @Nullable @Email @Size(max = 254) String email,
        @Nullable @Size(max = 50) String phone,
        @Nullable @Size(max = 200) String jobTitle,
        @Nullable UUID departmentId) {
}
