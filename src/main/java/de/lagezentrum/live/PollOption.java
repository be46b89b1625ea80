package de.lagezentrum.live;

import java.util.UUID;

/** An option of a choice poll. */
public record PollOption(UUID id, String label) {
}
