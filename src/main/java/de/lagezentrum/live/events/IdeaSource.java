package de.lagezentrum.live.events;

import java.util.Optional;
import java.util.UUID;

import de.lagezentrum.live.IdeaKind;

/**
 * Where the text of an idea comes from: each feature (questions, poll answers, blog posts) declares a bean
 * for its kind, so that the ideas feature reads a source's text without knowing the feature's tables.
 */
public interface IdeaSource {

    IdeaKind kind();

    /** The text of the source in the event (in the caller's transaction and tenant), if it exists there. */
    Optional<String> text(UUID tenantId, UUID eventId, UUID sourceId);
}
