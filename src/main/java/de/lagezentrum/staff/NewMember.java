package de.lagezentrum.staff;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person to add to a staff.
 *
 * @param function e.g. "Protokollführung" or "Verbindungsperson Feuerwehr"; may be null
 */
public record NewMember(@NotNull UUID personId, @Nullable @Size(max = 200) String function) {
}
