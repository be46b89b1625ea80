package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An accreditation as the press office sees it.
 *
 * @param id the accreditation
 * @param name the journalist's name
 * @param outlet their newsroom
 * @param email their confirmed (or still unconfirmed) address
 * @param status where it stands
 * @param createdAt when they registered
 * @param confirmedAt when they confirmed the address
 * @param decidedAt when the press office approved or rejected
 * @param personId the journalist's person once approved
 */
public record AccreditationView(UUID id, String name, String outlet, String email, AccreditationStatus status,
        Instant createdAt, @Nullable Instant confirmedAt, @Nullable Instant decidedAt, @Nullable UUID personId) {
}
