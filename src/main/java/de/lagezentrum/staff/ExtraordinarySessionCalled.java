package de.lagezentrum.staff;

import java.util.UUID;

/** An extraordinary session (Sondersitzung) was called; every member is told. */
public record ExtraordinarySessionCalled(UUID tenantId, UUID staffId, UUID sessionId) {
}
