package de.lagezentrum.briefing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The press office asks the journalist for more information.
 *
 * @param message what is missing; mailed to the journalist and kept in the history
 */
public record RequestForInformation(@NotBlank @Size(max = 2000) String message) {
}
