package de.lagezentrum.lessons;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A resilience factor as its municipality's facilitators see it, with who submitted it for review and who
 * published it, and when.
 */
public record ResilienceFactorView(UUID id, String slug, String title, String summary, String body, String theme,
        @Nullable String invasiveness, @Nullable String transferability, FactorStatus status,
        List<UUID> recommendationIds, List<FactorExample> examples, @Nullable UUID submittedBy,
        @Nullable Instant submittedAt, @Nullable UUID publishedBy, @Nullable Instant publishedAt) {

    public ResilienceFactorView {
        recommendationIds = List.copyOf(recommendationIds);
        examples = List.copyOf(examples);
    }
}
