package de.lagezentrum.briefing.accreditation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lagezentrum.briefing.AccreditationChange;
import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.AccreditationView;

/** The tables {@code briefing.accreditation} and {@code briefing.accreditation_history}. */
@Repository
public class AccreditationStore {

    private static final String COLUMNS =
            "id, name, outlet, email, status, created_at, confirmed_at, decided_at, person_id";

    private final JdbcClient jdbc;

    AccreditationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an unconfirmed registration; false when the address already has one that is not rejected. */
    public boolean insert(UUID tenantId, UUID id, String name, String outlet, String email, Instant now) {
        return jdbc.sql("""
                INSERT INTO briefing.accreditation (id, tenant_id, name, outlet, email, status, created_at)
                VALUES (?, ?, ?, ?, ?, 'UNCONFIRMED', ?)
                ON CONFLICT (tenant_id, lower(email)) WHERE status <> 'REJECTED' DO NOTHING""")
                .params(id, tenantId, name, outlet, email, Timestamp.from(now)).update() == 1;
    }

    /** The registration of an address that is not rejected. */
    public Optional<AccreditationView> openByEmail(UUID tenantId, String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.accreditation"
                + " WHERE tenant_id = ? AND lower(email) = lower(?) AND status <> 'REJECTED'")
                .params(tenantId, email).query(AccreditationStore::view).optional();
    }

    public Optional<AccreditationView> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.accreditation WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(AccreditationStore::view).optional();
    }

    public List<AccreditationView> withStatus(UUID tenantId, AccreditationStatus status, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.accreditation WHERE tenant_id = ? AND status = ?"
                + " ORDER BY created_at, id OFFSET ? LIMIT ?")
                .params(tenantId, status.name(), offset, limit).query(AccreditationStore::view).list();
    }

    public long countWithStatus(UUID tenantId, AccreditationStatus status) {
        return jdbc.sql("SELECT count(*) FROM briefing.accreditation WHERE tenant_id = ? AND status = ?")
                .params(tenantId, status.name()).query(Long.class).single();
    }

    /**
     * Moves a registration from one of the given statuses to another in one statement, so that two
     * requests racing cannot both move it; false when it was not in one of them.
     */
    public boolean move(UUID tenantId, UUID id, List<AccreditationStatus> from, AccreditationStatus to, Instant now) {
        String column = to == AccreditationStatus.PENDING ? "confirmed_at"
                : to == AccreditationStatus.MORE_INFO ? null : "decided_at";
        return jdbc.sql("UPDATE briefing.accreditation SET status = ?, version = version + 1"
                + (column == null ? "" : ", " + column + " = ?")
                + " WHERE tenant_id = ? AND id = ? AND status = ANY (?)")
                .params(column == null
                        ? List.of(to.name(), tenantId, id, names(from))
                        : List.of(to.name(), Timestamp.from(now), tenantId, id, names(from)))
                .update() == 1;
    }

    public void approved(UUID tenantId, UUID id, UUID personId) {
        jdbc.sql("UPDATE briefing.accreditation SET person_id = ? WHERE tenant_id = ? AND id = ?")
                .params(personId, tenantId, id).update();
    }

    public void history(UUID tenantId, UUID id, Instant now, @Nullable UUID actorId, String actorName,
            @Nullable AccreditationStatus from, AccreditationStatus to, @Nullable String reason) {
        jdbc.sql("""
                INSERT INTO briefing.accreditation_history
                    (id, tenant_id, accreditation_id, occurred_at, actor_id, actor_name, from_status, to_status, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), tenantId, id, Timestamp.from(now), actorId, actorName,
                        from == null ? null : from.name(), to.name(), reason)
                .update();
    }

    public List<AccreditationChange> historyOf(UUID tenantId, UUID id) {
        return jdbc.sql("""
                SELECT occurred_at, actor_name, from_status, to_status, reason FROM briefing.accreditation_history
                 WHERE tenant_id = ? AND accreditation_id = ? ORDER BY occurred_at, id""")
                .params(tenantId, id)
                .query((rs, row) -> new AccreditationChange(rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_name"),
                        rs.getString("from_status") == null ? null
                                : AccreditationStatus.valueOf(rs.getString("from_status")),
                        AccreditationStatus.valueOf(rs.getString("to_status")), rs.getString("reason")))
                .list();
    }

    private static String[] names(List<AccreditationStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray(String[]::new);
    }

    private static AccreditationView view(ResultSet rs, int row) throws SQLException {
        return new AccreditationView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("outlet"),
                rs.getString("email"), AccreditationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("confirmed_at")),
                instant(rs.getTimestamp("decided_at")), rs.getObject("person_id", UUID.class));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
