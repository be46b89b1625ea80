package de.lagezentrum.lessons.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.lessons.ClusterView;
import de.lagezentrum.lessons.ObservationKind;
import de.lagezentrum.lessons.ObservationView;
import de.lagezentrum.lessons.WorkshopPhase;

/**
 * The tables {@code lessons.observation} and {@code lessons.observation_cluster}; every statement names the
 * tenant (row-level security checks it too). A board is read with two statements whatever its size.
 */
@Component
public class BoardStore {

    private static final String OBSERVATION = """
            SELECT o.id, o.workshop_id, o.phase, o.kind, o.theme, o.text, o.author_name, o.cluster_id, o.created_at,
                (SELECT count(*) FROM lessons.observation m WHERE m.merged_into = o.id) AS merged
            FROM lessons.observation o""";

    private final JdbcClient jdbc;

    BoardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes an observation of a city account ({@code personId}) or a guest ({@code guestId}). */
    public void insert(UUID tenantId, UUID workshopId, UUID id, WorkshopPhase phase, ObservationKind kind,
            @Nullable String theme, String text, @Nullable UUID personId, @Nullable UUID guestId, String authorName,
            Instant now) {
        jdbc.sql("""
                INSERT INTO lessons.observation (id, tenant_id, workshop_id, phase, kind, theme, text, author_person_id,
                    author_guest_id, author_name, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, workshopId, phase.name(), kind.name(), theme, text, personId, guestId,
                        authorName, Timestamp.from(now))
                .update();
    }

    /** The observations still on the board (not merged into another), oldest first, in one statement. */
    public List<ObservationView> observations(UUID tenantId, UUID workshopId) {
        return jdbc.sql("""
                SELECT o.id, o.workshop_id, o.phase, o.kind, o.theme, o.text, o.author_name, o.cluster_id, o.created_at,
                    coalesce(m.merged, 0) AS merged
                FROM lessons.observation o
                LEFT JOIN (SELECT merged_into, count(*) AS merged FROM lessons.observation
                           WHERE tenant_id = ? AND workshop_id = ? AND merged_into IS NOT NULL GROUP BY merged_into) m
                    ON m.merged_into = o.id
                WHERE o.tenant_id = ? AND o.workshop_id = ? AND o.merged_into IS NULL
                ORDER BY o.created_at, o.id""")
                .params(tenantId, workshopId, tenantId, workshopId).query(BoardStore::observation).list();
    }

    public Optional<ObservationView> observation(UUID tenantId, UUID id) {
        return jdbc.sql(OBSERVATION + " WHERE o.tenant_id = ? AND o.id = ?").params(tenantId, id)
                .query(BoardStore::observation).optional();
    }

    /** The workshop an observation belongs to, if it is still on a board (not merged away). */
    public Optional<UUID> workshopOf(UUID tenantId, UUID observationId) {
        return jdbc.sql("SELECT workshop_id FROM lessons.observation WHERE tenant_id = ? AND id = ? AND merged_into IS NULL")
                .params(tenantId, observationId).query(UUID.class).optional();
    }

    public List<ClusterView> clusters(UUID tenantId, UUID workshopId) {
        return jdbc.sql("""
                SELECT id, title, position FROM lessons.observation_cluster WHERE tenant_id = ? AND workshop_id = ?
                ORDER BY position, created_at, id""")
                .params(tenantId, workshopId)
                .query((rs, row) -> new ClusterView(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getInt("position")))
                .list();
    }

    /** Adds a cluster at the end of the workshop's clusters. */
    public ClusterView insertCluster(UUID tenantId, UUID workshopId, UUID id, String title, Instant now) {
        int position = jdbc.sql("""
                INSERT INTO lessons.observation_cluster (id, tenant_id, workshop_id, title, position, created_at)
                VALUES (?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM lessons.observation_cluster
                                     WHERE tenant_id = ? AND workshop_id = ?), ?)
                RETURNING position""")
                .params(id, tenantId, workshopId, title, tenantId, workshopId, Timestamp.from(now))
                .query(Integer.class).single();
        return new ClusterView(id, title, position);
    }

    public boolean clusterOf(UUID tenantId, UUID workshopId, UUID clusterId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM lessons.observation_cluster WHERE tenant_id = ? AND workshop_id = ? AND id = ?)""")
                .params(tenantId, workshopId, clusterId).query(Boolean.class).single();
    }

    /** Puts an observation into a cluster, or takes it out ({@code null}). */
    public void cluster(UUID tenantId, UUID observationId, @Nullable UUID clusterId) {
        jdbc.sql("UPDATE lessons.observation SET cluster_id = ? WHERE tenant_id = ? AND id = ?")
                .params(clusterId, tenantId, observationId).update();
    }

    /**
     * Merges a duplicate into the observation kept: the duplicate and what was merged into it before now
     * count for the kept one, and leave the board.
     */
    public void merge(UUID tenantId, UUID duplicateId, UUID keptId) {
        jdbc.sql("UPDATE lessons.observation SET merged_into = ? WHERE tenant_id = ? AND (id = ? OR merged_into = ?)")
                .params(keptId, tenantId, duplicateId, duplicateId).update();
    }

    /** Writes {@code count} observations quickly (one statement), for benchmarks and tests of large boards. */
    public void insertMany(UUID tenantId, UUID workshopId, int count, Instant now) {
        jdbc.sql("""
                INSERT INTO lessons.observation (id, tenant_id, workshop_id, phase, kind, theme, text, author_name,
                    created_at)
                SELECT gen_random_uuid(), ?, ?, 'REVIEW',
                    (ARRAY['WENT_WELL', 'WENT_BADLY', 'CHALLENGE'])[1 + i % 3],
                    (ARRAY['Krisenmanagement', 'Krisenkommunikation', 'Personal'])[1 + i % 3],
                    'Beobachtung Nummer ' || i, 'Benchmark', ?::timestamptz + make_interval(secs => i)
                FROM generate_series(1, ?) AS i""")
                .params(tenantId, workshopId, Timestamp.from(now), count).update();
    }

    private static ObservationView observation(ResultSet rs, int row) throws SQLException {
        return new ObservationView(rs.getObject("id", UUID.class), rs.getObject("workshop_id", UUID.class),
                WorkshopPhase.valueOf(rs.getString("phase")), ObservationKind.valueOf(rs.getString("kind")),
                rs.getString("theme"), rs.getString("text"), rs.getString("author_name"),
                rs.getObject("cluster_id", UUID.class), rs.getInt("merged"), rs.getTimestamp("created_at").toInstant());
    }
}
