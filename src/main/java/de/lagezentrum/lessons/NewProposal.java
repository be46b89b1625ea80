package de.lagezentrum.lessons;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a facilitator gives for a proposal of a workshop; the observations must be the workshop's own. */
public record NewProposal(@Nullable String title, @Nullable String description, @Nullable Invasiveness invasiveness,
        @Nullable Transferability transferability, List<UUID> observationIds) {
}
