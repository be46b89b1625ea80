package de.lagezentrum.live;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A poll to prepare: the question, its type, the options (choice types), the range and its end labels
 * (scale; 1–5 unless given) and whether participants see results live.
 */
public record PollDetails(@Nullable String question, @Nullable PollType type, List<String> options,
        @Nullable Integer scaleMin, @Nullable Integer scaleMax, @Nullable String minLabel, @Nullable String maxLabel,
        @Nullable PollVisibility visibility) {
}
