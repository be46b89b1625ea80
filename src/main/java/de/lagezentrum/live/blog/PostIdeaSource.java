package de.lagezentrum.live.blog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.lagezentrum.live.IdeaKind;
import de.lagezentrum.live.events.IdeaSource;

/** A blog post as an idea: its title and body, as the author wrote them. */
@Component
class PostIdeaSource implements IdeaSource {

    private final BlogStore store;

    PostIdeaSource(BlogStore store) {
        this.store = store;
    }

    @Override
    public IdeaKind kind() {
        return IdeaKind.POST;
    }

    @Override
    public Optional<String> text(UUID tenantId, UUID eventId, UUID sourceId) {
        return store.post(tenantId, sourceId).filter(post -> post.eventId().equals(eventId))
                .map(post -> post.title() + "\n\n" + post.body());
    }
}
