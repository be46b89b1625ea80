package de.lagezentrum.lessons;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A recommendation (Handlungsempfehlung) to write: Markdown body, citing proposals and lessons of the municipality. */
public record NewRecommendation(@Nullable String title, @Nullable String body, List<UUID> proposalIds, List<UUID> lessonIds) {

    public NewRecommendation {
        proposalIds = List.copyOf(proposalIds);
        lessonIds = List.copyOf(lessonIds);
    }
}
