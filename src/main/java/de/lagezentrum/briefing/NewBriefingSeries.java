package de.lagezentrum.briefing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A weekly series of briefings, e.g. every Thursday at 11:00 for 60 minutes, in the municipality's time
 * zone. Its dates are briefings with the series' title, chair, panel, guests and video link.
 *
 * @param until the last possible date; null for open-ended
 * @param topic what the briefings are about; may be null
 * @param chairId who leads them; may be null (set per date)
 * @param panel people of the city on the panel; null for none
 * @param guests external guests; null for none
 * @param videoUrl plain link to the video room, {@code https://} only; may be null
 */
public record NewBriefingSeries(
        @NotNull DayOfWeek weekday,
        @NotNull LocalTime time,
        @NotNull @Min(5) @Max(BriefingLimits.MAX_MINUTES) Integer durationMinutes,
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate from,
        @Nullable LocalDate until,
        @Nullable @Size(max = 200) String topic,
        @Nullable UUID chairId,
        @Nullable @Size(max = BriefingLimits.PANEL) List<@NotNull UUID> panel,
        @Nullable @Size(max = BriefingLimits.GUESTS) List<@NotNull @Valid BriefingGuest> guests,
        @Nullable @Size(max = 500) @Pattern(regexp = BriefingLimits.HTTPS) String videoUrl) {
}
