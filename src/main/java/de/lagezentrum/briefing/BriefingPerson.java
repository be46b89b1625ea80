package de.lagezentrum.briefing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person of the city on a briefing (chair or panel), as announced.
 *
 * @param jobTitle the person's function, e.g. "Amtsärztin"; may be null
 */
public record BriefingPerson(UUID id, String displayName, @Nullable String jobTitle) {
}
