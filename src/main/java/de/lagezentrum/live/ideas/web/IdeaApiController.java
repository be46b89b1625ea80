package de.lagezentrum.live.ideas.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.live.IdeaKind;
import de.lagezentrum.live.IdeaView;
import de.lagezentrum.live.LiveIdeas;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * API v1 of an event's ideas for its team: mark (201, or 200 with the idea a source already is), list,
 * unmark, and the exports as CSV and JSON files.
 */
@RestController
@RequestMapping("/api/v1/events/{id}")
class IdeaApiController {

    private final LiveIdeas ideas;

    IdeaApiController(LiveIdeas ideas) {
        this.ideas = ideas;
    }

    record MarkBody(@Nullable IdeaKind kind, @Nullable UUID sourceId) {
    }

    record IdeaList(List<IdeaView> items) {
    }

    @PostMapping(path = "/ideas", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IdeaView> mark(@PathVariable UUID id, @RequestBody MarkBody body) {
        LiveIdeas.Marked marked = ideas.mark(CurrentUser.require(), id, body.kind(), body.sourceId());
        URI location = URI.create("/api/v1/events/" + id + "/ideas/" + marked.idea().id());
        return marked.created() ? ResponseEntity.created(location).body(marked.idea())
                : ResponseEntity.ok().location(location).body(marked.idea());
    }

    @GetMapping(path = "/ideas", produces = MediaType.APPLICATION_JSON_VALUE)
    IdeaList list(@PathVariable UUID id) {
        return new IdeaList(ideas.ideas(CurrentUser.require(), id));
    }

    @DeleteMapping("/ideas/{ideaId}")
    ResponseEntity<Void> unmark(@PathVariable UUID id, @PathVariable UUID ideaId) {
        ideas.unmark(CurrentUser.require(), id, ideaId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/ideas.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable UUID id) {
        return IdeaExports.csv(id, ideas.ideas(CurrentUser.require(), id));
    }

    @GetMapping(path = "/ideas.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IdeaExports.Export> json(@PathVariable UUID id) {
        return IdeaExports.json(id, ideas.ideas(CurrentUser.require(), id));
    }
}
