package de.lagezentrum.live;

import java.util.UUID;

/** A person of the municipality on an event's team. */
public record TeamMember(UUID personId, String displayName, TeamRole role) {
}
