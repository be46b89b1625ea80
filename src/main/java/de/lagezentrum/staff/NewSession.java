package de.lagezentrum.staff;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A single session outside the series, usually an extraordinary one (Sondersitzung).
 *
 * @param kind {@code EXTRAORDINARY} notifies every member
 * @param title e.g. "Sondersitzung Hochwasser"; may be null
 * @param videoUrl Jitsi or BigBlueButton room; may be null
 */
public record NewSession(@NotNull Instant start, @NotNull Instant end, @NotNull SessionKind kind,
        @Nullable @Size(max = 200) String title,
        @Nullable @Size(max = 500) @Pattern(regexp = "https://\\S+") String videoUrl) {
}
