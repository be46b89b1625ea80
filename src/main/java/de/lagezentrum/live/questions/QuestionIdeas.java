package de.lagezentrum.live.questions;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.lagezentrum.live.IdeaKind;
import de.lagezentrum.live.events.IdeaSource;

/** A question as the source of an idea: its text. */
@Component
class QuestionIdeas implements IdeaSource {

    private final LiveQuestionStore store;

    QuestionIdeas(LiveQuestionStore store) {
        this.store = store;
    }

    @Override
    public IdeaKind kind() {
        return IdeaKind.QUESTION;
    }

    @Override
    public Optional<String> text(UUID tenantId, UUID eventId, UUID sourceId) {
        return store.text(tenantId, eventId, sourceId);
    }
}
