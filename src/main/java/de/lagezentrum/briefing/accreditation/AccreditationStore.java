package de.lagezentrum.briefing.accreditation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.AccreditationChange;
import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.AccreditationView;
import de.lagezentrum.briefing.NewAccreditation;

/** The tables {@code briefing.accreditation} and {@code briefing.accreditation_history}, always by tenant. */
@Component
public class AccreditationStore {

    private static final String COLUMNS = "id, tenant_id, name, outlet, email, status, language, proof_file_id,"
            + " created_at, confirmed_at, decided_at, person_id, version";

    private final JdbcClient jdbc;

    AccreditationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a registration awaiting confirmation; false when the address has one that is not rejected. */
    public boolean insert(UUID tenantId, UUID id, NewAccreditation registration, String language, Instant now) {
        return jdbc.sql("""
                INSERT INTO briefing.accreditation (id, tenant_id, name, outlet, email, status, language, created_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING_CONFIRMATION', ?, ?)
                ON CONFLICT (tenant_id, lower(email)) WHERE status <> 'REJECTED' DO NOTHING""")
                .params(id, tenantId, registration.name(), registration.outlet(), registration.email(), language,
                        Timestamp.from(now))
                .update() == 1;
    }

    public void attachProof(UUID tenantId, UUID id, UUID fileId) {
        jdbc.sql("UPDATE briefing.accreditation SET proof_file_id = ? WHERE tenant_id = ? AND id = ?")
                .params(fileId, tenantId, id).update();
    }

    /** The registration of an address that is not rejected. */
    public Optional<StoredAccreditation> openByEmail(UUID tenantId, String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.accreditation"
                + " WHERE tenant_id = ? AND lower(email) = lower(?) AND status <> 'REJECTED'")
                .params(tenantId, email).query(AccreditationStore::stored).optional();
    }

    public Optional<StoredAccreditation> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.accreditation WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(AccreditationStore::stored).optional();
    }

    /** Accreditations in a status, oldest registration first. */
    public List<AccreditationView> withStatus(UUID tenantId, AccreditationStatus status, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM briefing.accreditation WHERE tenant_id = ? AND status = ?"
                + " ORDER BY created_at, id OFFSET ? LIMIT ?")
                .params(tenantId, status.name(), offset, limit)
                .query(AccreditationStore::stored).stream().map(StoredAccreditation::view).toList();
    }

    /** How many accreditations each status has (every status, zero included). */
    public Map<AccreditationStatus, Long> counts(UUID tenantId) {
        Map<AccreditationStatus, Long> counts = new EnumMap<>(AccreditationStatus.class);
        for (AccreditationStatus status : AccreditationStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, count(*) AS n FROM briefing.accreditation WHERE tenant_id = ? GROUP BY status")
                .param(tenantId)
                .query((rs, row) -> counts.put(AccreditationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    /**
     * Moves an accreditation from one of the given statuses (and, if given, from exactly that version) to
     * another, in one statement, so that two racing requests cannot both move it. Counts the version up and
     * stamps the confirmation or decision. False when it was not in such a status or version.
     */
    public boolean move(UUID tenantId, UUID id, Collection<AccreditationStatus> from, @Nullable Long version,
            AccreditationStatus to, Instant now) {
        return jdbc.sql("""
                UPDATE briefing.accreditation
                   SET status = :to, version = version + 1,
                       confirmed_at = CASE WHEN :to = 'PENDING' THEN coalesce(confirmed_at, :now) ELSE confirmed_at END,
                       decided_at = CASE WHEN :to IN ('APPROVED', 'REJECTED') THEN :now ELSE decided_at END
                 WHERE tenant_id = :tenantId AND id = :id AND status IN (:from)
                   AND (CAST(:version AS bigint) IS NULL OR version = :version)""")
                .param("to", to.name()).param("now", Timestamp.from(now)).param("tenantId", tenantId)
                .param("id", id).param("from", from.stream().map(Enum::name).toList()).param("version", version)
                .update() == 1;
    }

    public void approved(UUID tenantId, UUID id, UUID personId) {
        jdbc.sql("UPDATE briefing.accreditation SET person_id = ? WHERE tenant_id = ? AND id = ?")
                .params(personId, tenantId, id).update();
    }

    public void history(UUID tenantId, UUID id, Instant now, @Nullable UUID actorId, String actorName,
            @Nullable AccreditationStatus from, AccreditationStatus to, @Nullable String note) {
        jdbc.sql("""
                INSERT INTO briefing.accreditation_history
                    (id, tenant_id, accreditation_id, occurred_at, actor_id, actor_name, from_status, to_status, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), tenantId, id, Timestamp.from(now), actorId, actorName,
                        from == null ? null : from.name(), to.name(), note)
                .update();
    }

    /** The accreditation's history, oldest step first. */
    public List<AccreditationChange> historyOf(UUID tenantId, UUID id) {
        return jdbc.sql("""
                SELECT occurred_at, actor_name, from_status, to_status, note FROM briefing.accreditation_history
                 WHERE tenant_id = ? AND accreditation_id = ? ORDER BY occurred_at, id""")
                .params(tenantId, id)
                .query((rs, row) -> new AccreditationChange(rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_name"), status(rs.getString("from_status")),
                        AccreditationStatus.valueOf(rs.getString("to_status")), rs.getString("note")))
                .list();
    }

    /** The note of the latest step into this status (the question asked, the reason given). */
    public Optional<String> latestNote(UUID tenantId, UUID id, AccreditationStatus to) {
        return jdbc.sql("""
                SELECT note FROM briefing.accreditation_history
                 WHERE tenant_id = ? AND accreditation_id = ? AND to_status = ? AND note IS NOT NULL
                 ORDER BY occurred_at DESC, id LIMIT 1""")
                .params(tenantId, id, to.name()).query(String.class).optional();
    }

    private static @Nullable AccreditationStatus status(@Nullable String name) {
        return name == null ? null : AccreditationStatus.valueOf(name);
    }

    private static StoredAccreditation stored(ResultSet rs, int row) throws SQLException {
        return new StoredAccreditation(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("name"), rs.getString("outlet"), rs.getString("email"),
                AccreditationStatus.valueOf(rs.getString("status")), rs.getString("language"),
                rs.getObject("proof_file_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("confirmed_at")), instant(rs.getTimestamp("decided_at")),
                rs.getObject("person_id", UUID.class), rs.getLong("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
