package de.lagezentrum.organisation;

import java.util.UUID;

/** Musterstadt's people and departments are in place; other modules may add their demo data. */
public record DemoCityLoaded(UUID tenantId) {
}
