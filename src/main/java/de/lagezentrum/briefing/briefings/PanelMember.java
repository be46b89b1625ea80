package de.lagezentrum.briefing.briefings;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A person of the city on a briefing's panel. */
@Table(schema = "briefing", name = "panel_member")
record PanelMember(UUID tenantId, UUID personId) {
}
