package de.lagezentrum.lessons.workshops;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.lessons.WorkshopPhase;
import de.lagezentrum.lessons.WorkshopView;

/** The tables {@code lessons.workshop} and {@code lessons.workshop_participant}; every statement names the tenant (row-level security checks it too). */
@Component
public class WorkshopStore {

    private static final String COLUMNS = "id, title, starts_at, ends_at, place, municipalities, phase";

    private final JdbcClient jdbc;

    WorkshopStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID tenantId, UUID id, String title, Instant start, Instant end, @Nullable String place,
            List<String> municipalities, UUID createdBy, Instant now) {
        jdbc.sql("""
                INSERT INTO lessons.workshop (id, tenant_id, title, starts_at, ends_at, place, municipalities, phase,
                    created_by, created_at, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, title, Timestamp.from(start), Timestamp.from(end), place,
                        municipalities.toArray(String[]::new), WorkshopPhase.REVIEW.name(), createdBy,
                        Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    public Optional<WorkshopView> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lessons.workshop WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(WorkshopStore::workshop).optional();
    }

    /**
     * Moves the workshop from one phase to another, only if it is still in {@code from}: of two facilitators
     * changing it at once, one wins (the other's statement waits for the row and then finds another phase).
     *
     * @return whether this call changed it
     */
    public boolean phase(UUID tenantId, UUID id, WorkshopPhase from, WorkshopPhase to, Instant now) {
        return jdbc.sql("""
                UPDATE lessons.workshop SET phase = ?, changed_at = ?, version = version + 1
                WHERE tenant_id = ? AND id = ? AND phase = ?
                RETURNING id""")
                .params(to.name(), Timestamp.from(now), tenantId, id, from.name()).query(UUID.class).optional()
                .isPresent();
    }

    /** Whether the person takes part in the workshop (with their city account). */
    public boolean participates(UUID tenantId, UUID workshopId, UUID personId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM lessons.workshop_participant
                    WHERE tenant_id = ? AND workshop_id = ? AND person_id = ?)""")
                .params(tenantId, workshopId, personId).query(Boolean.class).single();
    }

    private static WorkshopView workshop(ResultSet rs, int row) throws SQLException {
        Array municipalities = rs.getArray("municipalities");
        return new WorkshopView(rs.getObject("id", UUID.class), rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("place"),
                Arrays.asList((String[]) municipalities.getArray()), WorkshopPhase.valueOf(rs.getString("phase")));
    }
}
