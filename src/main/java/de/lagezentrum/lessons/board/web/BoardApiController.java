package de.lagezentrum.lessons.board.web;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import de.lagezentrum.lessons.BoardView;
import de.lagezentrum.lessons.ClusterView;
import de.lagezentrum.lessons.NewObservation;
import de.lagezentrum.lessons.ObservationKind;
import de.lagezentrum.lessons.ObservationView;
import de.lagezentrum.lessons.WorkshopBoard;
import de.lagezentrum.lessons.WorkshopMember;
import de.lagezentrum.lessons.Workshops;
import de.lagezentrum.lessons.workshops.web.WorkshopMembers;
import de.lagezentrum.platform.realtime.LiveHub;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * API v1 of a workshop's board: members post observations and read the board and its stream
 * ({@code phase}, {@code observation}, {@code proposal}); facilitators add clusters, put observations into
 * them and merge duplicates.
 */
@RestController
class BoardApiController {

    private final WorkshopBoard board;
    private final WorkshopMembers members;
    private final LiveHub hub;

    BoardApiController(WorkshopBoard board, WorkshopMembers members, LiveHub hub) {
        this.board = board;
        this.members = members;
        this.hub = hub;
    }

    record ObservationBody(@Nullable String text, @Nullable ObservationKind kind, @Nullable String theme) {
    }

    record ClusterBody(@Nullable String title) {
    }

    record ClusterOfBody(@Nullable UUID clusterId) {
    }

    record MergeBody(@Nullable UUID into) {
    }

    @PostMapping(path = "/api/v1/workshops/{id}/observations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObservationView> post(@PathVariable UUID id, @RequestBody ObservationBody body) {
        ObservationView posted = board.post(members.member(id),
                new NewObservation(body.text(), body.kind(), body.theme()));
        return ResponseEntity.created(URI.create("/api/v1/workshops/" + id + "/observations")).body(posted);
    }

    @GetMapping(path = "/api/v1/workshops/{id}/observations", produces = MediaType.APPLICATION_JSON_VALUE)
    BoardView board(@PathVariable UUID id) {
        return board.board(members.member(id));
    }

    @GetMapping(path = "/api/v1/workshops/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        members.member(id);
        return hub.subscribe(Workshops.topic(id), lastEventId);
    }

    @PostMapping(path = "/api/v1/workshops/{id}/clusters", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClusterView> cluster(@PathVariable UUID id, @RequestBody ClusterBody body) {
        return ResponseEntity.status(201).body(board.createCluster(members.member(id), body.title()));
    }

    @PutMapping(path = "/api/v1/observations/{id}/cluster", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ObservationView clusterOf(@PathVariable UUID id, @RequestBody ClusterOfBody body) {
        return board.cluster(memberFor(id), id, body.clusterId());
    }

    @PostMapping(path = "/api/v1/observations/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ObservationView merge(@PathVariable UUID id, @RequestBody MergeBody body) {
        return board.merge(memberFor(id), id, body.into());
    }

    private WorkshopMember memberFor(UUID observationId) {
        return members.member(board.workshopOf(CurrentUser.require().tenantId(), observationId));
    }
}
