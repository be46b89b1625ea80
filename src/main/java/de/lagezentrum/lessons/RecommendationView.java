package de.lagezentrum.lessons;

import java.util.List;
import java.util.UUID;

/** A recommendation with the proposals and lessons it cites; {@code body} is Markdown, shown sanitised. */
public record RecommendationView(UUID id, String title, String body, List<UUID> proposalIds, List<UUID> lessonIds) {

    public RecommendationView {
        proposalIds = List.copyOf(proposalIds);
        lessonIds = List.copyOf(lessonIds);
    }
}
