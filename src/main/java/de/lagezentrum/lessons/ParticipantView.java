package de.lagezentrum.lessons;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A participant of a workshop.
 *
 * @param id the person's id for a city account, the guest's id for an external guest
 * @param guest whether an external guest
 * @param invitationLink the guest's invitation link (path), only in the answer that created the guest: the
 *     token is stored only as its hash
 */
public record ParticipantView(UUID id, boolean guest, String name, @Nullable String organisation,
        @Nullable String invitationLink) {
}
