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

import de.lagezentrum.lessons.FactorExample;
import de.lagezentrum.lessons.NewResilienceFactor;
import de.lagezentrum.lessons.ResilienceFactorView;
import de.lagezentrum.lessons.ResilienceFactors;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.lessons.knowledge.web.RecommendationApiController.orEmpty;

/** API v1 of resilience factors: write (draft), submit for review, publish by a second facilitator. */
@RestController
@RequestMapping(path = "/api/v1/resilience-factors", produces = MediaType.APPLICATION_JSON_VALUE)
class ResilienceFactorApiController {

    private final ResilienceFactors factors;

    ResilienceFactorApiController(ResilienceFactors factors) {
        this.factors = factors;
    }

    record FactorBody(@Nullable String title, @Nullable String summary, @Nullable String body, @Nullable String theme,
            @Nullable String invasiveness, @Nullable String transferability, @Nullable List<UUID> recommendationIds,
            @Nullable List<FactorExample> examples) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ResilienceFactorView> create(@RequestBody FactorBody body) {
        ResilienceFactorView created = factors.create(CurrentUser.require(), new NewResilienceFactor(body.title(),
                body.summary(), body.body(), body.theme(), body.invasiveness(), body.transferability(),
                orEmpty(body.recommendationIds()), orEmpty(body.examples())));
        return ResponseEntity.created(URI.create("/api/v1/resilience-factors/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    ResilienceFactorView factor(@PathVariable UUID id) {
        return factors.factor(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/review")
    ResilienceFactorView review(@PathVariable UUID id) {
        return factors.submit(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/publish")
    ResilienceFactorView publish(@PathVariable UUID id) {
        return factors.publish(CurrentUser.require(), id);
    }
}
