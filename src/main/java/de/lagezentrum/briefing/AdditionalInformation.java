package de.lagezentrum.briefing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The journalist's answer to the press office's question, sent through the mailed link.
 *
 * @param text the answer; kept in the history
 */
public record AdditionalInformation(@NotBlank @Size(max = 2000) String text) {
}
