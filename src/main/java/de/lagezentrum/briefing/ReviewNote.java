package de.lagezentrum.briefing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The press office's reason for a rejection or its question when asking for more.
 *
 * @param text mailed to the journalist and kept in the history
 */
public record ReviewNote(@NotBlank @Size(max = 2000) String text) {
}
