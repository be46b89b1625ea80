package de.lagezentrum.live;

import java.time.Instant;

/** The answer to joining: the token that proves the participant from now on, and until when it holds. */
public record Joined(String participantToken, Participant participant, Instant expires) {
}
