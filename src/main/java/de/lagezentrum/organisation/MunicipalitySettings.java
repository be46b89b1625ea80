package de.lagezentrum.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a municipality's admin sets.
 *
 * @param name the municipality's name, unique in the installation
 * @param timeZone an IANA zone id such as {@code Europe/Berlin}
 * @param ars official regional key: exactly 12 digits; null or empty while not set
 * @param demo whether demo data is wanted for it
 */
public record MunicipalitySettings(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String timeZone,
        @Nullable @Size(max = 12) String ars,
        boolean demo) {
}
