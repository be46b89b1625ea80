package de.lagezentrum.lessons;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A participant a facilitator adds to a workshop: a person of the municipality ({@code personId}) or an
 * external guest ({@code name}, optionally {@code organisation} and {@code email}) who joins by an invitation
 * link.
 */
public record NewParticipant(@Nullable UUID personId, @Nullable String name, @Nullable String organisation,
        @Nullable String email) {
}
