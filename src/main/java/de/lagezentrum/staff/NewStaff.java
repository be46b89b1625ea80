package de.lagezentrum.staff;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A staff to set up.
 *
 * @param name e.g. "Koordinierungsstab Ukraine"
 * @param description what it is for; may be null
 * @param leadId the person who leads it; null means the caller
 * @param topics topic areas; empty or null means the seven areas of a coordination staff
 */
public record NewStaff(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 5000) String description,
        @Nullable UUID leadId, @Nullable @Size(max = 30) List<@NotBlank @Size(max = 200) String> topics) {
}
