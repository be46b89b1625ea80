package de.lagezentrum.lessons.workshops;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables {@code lessons.workshop_participant} and {@code lessons.workshop_guest}. */
@Component
public class ParticipantStore {

    private final JdbcClient jdbc;

    ParticipantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Lists a person as a participant (again: nothing changes). */
    public void addPerson(UUID tenantId, UUID workshopId, UUID personId) {
        jdbc.sql("""
                INSERT INTO lessons.workshop_participant (tenant_id, workshop_id, person_id) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(tenantId, workshopId, personId).update();
    }

    /** Invites an external guest; the invitation token is stored only as its SHA-256 hash. */
    public void addGuest(UUID tenantId, UUID workshopId, UUID id, String name, @Nullable String organisation,
            @Nullable String email, byte[] tokenHash, UUID invitedBy, Instant now) {
        jdbc.sql("""
                INSERT INTO lessons.workshop_guest (id, tenant_id, workshop_id, name, organisation, email, token_hash,
                    invited_by, invited_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, workshopId, name, organisation, email, tokenHash, invitedBy, Timestamp.from(now))
                .update();
    }

    /** The listed people of a workshop, by id. */
    public List<UUID> people(UUID tenantId, UUID workshopId) {
        return jdbc.sql("SELECT person_id FROM lessons.workshop_participant WHERE tenant_id = ? AND workshop_id = ?")
                .params(tenantId, workshopId).query(UUID.class).list();
    }

    /** A workshop's guests, by name. */
    public List<GuestRow> guests(UUID tenantId, UUID workshopId) {
        return jdbc.sql("""
                SELECT id, name, organisation FROM lessons.workshop_guest WHERE tenant_id = ? AND workshop_id = ?
                ORDER BY name, id""")
                .params(tenantId, workshopId)
                .query((rs, row) -> new GuestRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("organisation")))
                .list();
    }

    public record GuestRow(UUID id, String name, @Nullable String organisation) {
    }
}
