package de.lagezentrum.briefing.briefings;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A person of the city on the panel of a series' briefings. */
@Table(schema = "briefing", name = "series_panel_member")
record SeriesPanelMember(UUID tenantId, UUID personId) {
}
