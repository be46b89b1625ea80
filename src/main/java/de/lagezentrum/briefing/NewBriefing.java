package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A single briefing, or the new contents of one ({@code PUT}).
 *
 * @param topic what it is about; may be null
 * @param chairId the person of the city who leads it
 * @param panel people of the city on the panel; null for none
 * @param guests external guests; null for none
 * @param videoUrl plain link to the video room, {@code https://} only; may be null
 * @param version the version edited, for a change; null to skip the check (and on creation)
 */
public record NewBriefing(
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 200) String topic,
        @NotNull Instant start,
        @NotNull Instant end,
        @NotNull UUID chairId,
        @Nullable @Size(max = BriefingLimits.PANEL) List<@NotNull UUID> panel,
        @Nullable @Size(max = BriefingLimits.GUESTS) List<@NotNull @Valid BriefingGuest> guests,
        @Nullable @Size(max = 500) @Pattern(regexp = BriefingLimits.HTTPS) String videoUrl,
        @Nullable Long version) {
}
