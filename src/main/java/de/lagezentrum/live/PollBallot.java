package de.lagezentrum.live;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A participant's vote: the chosen options (choice), a value (scale) or a text (word cloud, open text). */
public record PollBallot(List<UUID> optionIds, @Nullable Integer value, @Nullable String text) {
}
