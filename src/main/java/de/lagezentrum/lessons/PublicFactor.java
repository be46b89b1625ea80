package de.lagezentrum.lessons;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A published resilience factor as the public reads it at {@code /wissen/{slug}}: {@code bodyHtml} and the
 * recommendations' {@code html} are sanitised Markdown; {@code credited} names the municipalities sharing it.
 */
public record PublicFactor(String slug, String title, String summary, String bodyHtml, String theme,
        @Nullable String invasiveness, @Nullable String transferability, Instant publishedAt,
        List<FactorExample> examples, List<String> credited, List<Recommendation> recommendations) {

    public PublicFactor {
        examples = List.copyOf(examples);
        credited = List.copyOf(credited);
        recommendations = List.copyOf(recommendations);
    }

    /** A recommendation of the factor, its Markdown rendered and sanitised. */
    public record Recommendation(String title, String html) {
    }
}
