package de.lagezentrum.lessons.proposals.web;

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
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.lessons.Invasiveness;
import de.lagezentrum.lessons.NewProposal;
import de.lagezentrum.lessons.ProposalView;
import de.lagezentrum.lessons.Proposals;
import de.lagezentrum.lessons.Transferability;
import de.lagezentrum.platform.security.CurrentUser;

/** API v1 of proposals: a facilitator makes them for a workshop, its members read and rate them. */
@RestController
class ProposalApiController {

    private final Proposals proposals;

    ProposalApiController(Proposals proposals) {
        this.proposals = proposals;
    }

    record ProposalBody(@Nullable String title, @Nullable String description, @Nullable Invasiveness invasiveness,
            @Nullable Transferability transferability, @Nullable List<UUID> observationIds) {
    }

    record RatingBody(@Nullable Integer impact, @Nullable Integer effort) {
    }

    @PostMapping(path = "/api/v1/workshops/{id}/proposals", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProposalView> create(@PathVariable UUID id, @RequestBody ProposalBody body) {
        ProposalView created = proposals.create(CurrentUser.require(), id, new NewProposal(body.title(),
                body.description(), body.invasiveness(), body.transferability(),
                body.observationIds() == null ? List.of() : body.observationIds()));
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + created.id())).body(created);
    }

    @GetMapping(path = "/api/v1/proposals/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ProposalView proposal(@PathVariable UUID id) {
        return proposals.proposal(CurrentUser.require(), id);
    }

    @PostMapping(path = "/api/v1/proposals/{id}/ratings", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ProposalView rate(@PathVariable UUID id, @RequestBody RatingBody body) {
        return proposals.rate(CurrentUser.require(), id, body.impact(), body.effort());
    }
}
