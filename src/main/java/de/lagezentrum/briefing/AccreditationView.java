package de.lagezentrum.briefing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An accreditation as the press office sees it.
 *
 * @param id the accreditation
 * @param name the journalist's name
 * @param outlet their newsroom or medium
 * @param email the address the links went to
 * @param status where it stands
 * @param hasProof whether a press card or assignment was uploaded
 * @param createdAt when they registered
 * @param confirmedAt when they confirmed the address; null before
 * @param decidedAt when the press office approved or rejected; null before
 * @param personId the journalist's person (with the {@code JOURNALIST} account) once approved; null before
 */
public record AccreditationView(UUID id, String name, String outlet, String email, AccreditationStatus status,
        boolean hasProof, Instant createdAt, @Nullable Instant confirmedAt, @Nullable Instant decidedAt,
        @Nullable UUID personId) {
}
