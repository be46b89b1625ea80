package de.lagezentrum.lessons;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A proposal of a workshop was made or rated: the workshop's stream sends it to everybody on the board as
 * {@code proposal}.
 *
 * @param ratings how many participants rated it
 * @param impact the mean impact (1–5), null before the first rating
 * @param effort the mean effort (1–5), null before the first rating
 */
public record ProposalChanged(UUID tenantId, UUID workshopId, UUID proposalId, String title, int ratings,
        @Nullable Double impact, @Nullable Double effort) {
}
