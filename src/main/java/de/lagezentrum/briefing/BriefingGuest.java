package de.lagezentrum.briefing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An external guest on a briefing's panel, e.g. a representative of the Red Cross: free text, not a
 * person of the city.
 *
 * @param name the guest's name as announced
 * @param organisation organisation or function; may be null
 */
public record BriefingGuest(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String organisation) {
}
