package de.lagezentrum.lessons.knowledge.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.lessons.NewRecommendation;
import de.lagezentrum.lessons.RecommendationView;
import de.lagezentrum.lessons.Recommendations;
import de.lagezentrum.platform.security.CurrentUser;

/** API v1 of recommendations: a facilitator writes one citing proposals and lessons, and reads it. */
@RestController
@RequestMapping(path = "/api/v1/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
class RecommendationApiController {

    private final Recommendations recommendations;

    RecommendationApiController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    record RecommendationBody(@Nullable String title, @Nullable String body, @Nullable List<UUID> proposalIds,
            @Nullable List<UUID> lessonIds) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecommendationView> create(@RequestBody RecommendationBody body) {
        RecommendationView created = recommendations.create(CurrentUser.require(), new NewRecommendation(body.title(),
                body.body(), orEmpty(body.proposalIds()), orEmpty(body.lessonIds())));
        return ResponseEntity.created(URI.create("/api/v1/recommendations/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    RecommendationView recommendation(@PathVariable UUID id) {
        return recommendations.recommendation(CurrentUser.require(), id);
    }

    static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
