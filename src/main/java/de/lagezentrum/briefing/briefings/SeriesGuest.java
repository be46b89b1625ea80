package de.lagezentrum.briefing.briefings;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** An external guest on the panel of a series' briefings. */
@Table(schema = "briefing", name = "series_guest")
record SeriesGuest(UUID tenantId, String name, @Nullable String organisation) {
}
