package de.lagezentrum.lessons;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A proposal with the result of its rating.
 *
 * @param ratings how many members rated it (one rating each)
 * @param impact the mean impact (1–5), null before the first rating
 * @param effort the mean effort (1–5), null before the first rating
 */
public record ProposalView(UUID id, UUID workshopId, String title, String description, Invasiveness invasiveness,
        Transferability transferability, List<UUID> observationIds, int ratings, @Nullable Double impact,
        @Nullable Double effort) {
}
