package de.lagezentrum.briefing.briefings;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** An external guest on a briefing's panel. */
@Table(schema = "briefing", name = "guest")
record Guest(UUID tenantId, String name, @Nullable String organisation) {
}
