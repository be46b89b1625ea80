package de.lagezentrum.lessons;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A resilience factor to write: recommendations under a theme (a free German label), with summary, Markdown body
 * and examples. {@code invasiveness} is one of {@code MINIMAL}, {@code MODERATE}, {@code STRUCTURAL},
 * {@code LONG_TERM}; {@code transferability} {@code CRISIS_SPECIFIC} or {@code TRANSFERABLE}; both optional.
 */
public record NewResilienceFactor(@Nullable String title, @Nullable String summary, @Nullable String body,
        @Nullable String theme, @Nullable String invasiveness, @Nullable String transferability,
        List<UUID> recommendationIds, List<FactorExample> examples) {

    public NewResilienceFactor {
        recommendationIds = List.copyOf(recommendationIds);
        examples = List.copyOf(examples);
    }
}
