package de.lagezentrum.live.ideas;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import de.lagezentrum.live.IdeaKind;
import de.lagezentrum.live.events.IdeaSource;

/**
 * Open-text answers for the ideas' tests, until the polls feature brings the real source: a test says
 * which answer an event has, and marking it copies that text. Beside the real source, each answers only
 * for what it knows.
 */
@Component
public class TestIdeaSources implements IdeaSource {

    private final Map<UUID, Map.Entry<UUID, String>> answers = new ConcurrentHashMap<>();

    /** An answer of the event with this text; its id is the source id to mark. */
    public UUID answer(UUID eventId, String text) {
        UUID id = UUID.randomUUID();
        answers.put(id, Map.entry(eventId, text));
        return id;
    }

    @Override
    public IdeaKind kind() {
        return IdeaKind.ANSWER;
    }

    @Override
    public Optional<String> text(UUID tenantId, UUID eventId, UUID sourceId) {
        return Optional.ofNullable(answers.get(sourceId)).filter(answer -> answer.getKey().equals(eventId))
                .map(Map.Entry::getValue);
    }
}
