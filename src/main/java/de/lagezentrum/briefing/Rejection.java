package de.lagezentrum.briefing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The press office rejects an accreditation.
 *
 * @param reason why; mailed to the journalist and kept in the history
 */
public record Rejection(@NotBlank @Size(max = 2000) String reason) {
}
