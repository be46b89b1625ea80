package de.lagezentrum.live;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Someone who joined an event, as proven by their participant token: anonymous (no name), with a name, or
 * with their city account ({@code personId}).
 */
public record Participant(UUID tenantId, UUID eventId, UUID id, @Nullable String displayName,
        @Nullable UUID personId) {

    /** Whether the participant gave no name. */
    public boolean anonymous() {
        return displayName == null;
    }
}
