package de.lagezentrum.live.polls;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.lagezentrum.live.IdeaKind;
import de.lagezentrum.live.events.IdeaSource;

/** An open-text or word-cloud answer as the source of an idea; its id is the vote's. */
@Component
class AnswerIdeas implements IdeaSource {

    private final PollStore store;

    AnswerIdeas(PollStore store) {
        this.store = store;
    }

    @Override
    public IdeaKind kind() {
        return IdeaKind.ANSWER;
    }

    @Override
    public Optional<String> text(UUID tenantId, UUID eventId, UUID sourceId) {
        return store.answerText(tenantId, eventId, sourceId);
    }
}
