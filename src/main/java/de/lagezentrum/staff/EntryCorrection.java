package de.lagezentrum.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A correction of a line of the minutes, made on the version the editor read.
 *
 * @param rationale the new rationale; null keeps the old one, a blank one removes it
 * @param version the entry's version the correction was made on; a newer one answers 409
 */
public record EntryCorrection(@NotBlank @Size(max = 10_000) String text, @Nullable @Size(max = 10_000) String rationale,
        @NotNull Long version) {
}
