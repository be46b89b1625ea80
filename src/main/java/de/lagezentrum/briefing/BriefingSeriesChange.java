package de.lagezentrum.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The new contents of a series ({@code PUT}): they apply to the series and to its dates that have not
 * begun yet. Weekday, time, duration and first date stay as they are; a new rhythm is a new series.
 *
 * @param until the last possible date; null for open-ended. Dates after it are cancelled.
 * @param version the version edited; null to skip the check
 */
public record BriefingSeriesChange(
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 200) String topic,
        @Nullable UUID chairId,
        @Nullable @Size(max = BriefingLimits.PANEL) List<@NotNull UUID> panel,
        @Nullable @Size(max = BriefingLimits.GUESTS) List<@NotNull @Valid BriefingGuest> guests,
        @Nullable @Size(max = 500) @Pattern(regexp = BriefingLimits.HTTPS) String videoUrl,
        @Nullable LocalDate until,
        @Nullable Long version) {
}
