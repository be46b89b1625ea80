package de.lagezentrum.lessons.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.lessons.Invasiveness;
import de.lagezentrum.lessons.ProposalRating;
import de.lagezentrum.lessons.ProposalView;
import de.lagezentrum.lessons.Transferability;

/**
 * The tables {@code lessons.proposal}, {@code proposal_observation} and {@code proposal_rating}; every
 * statement names the tenant (row-level security checks it too).
 */
@Component
public class ProposalStore {

    private static final String SELECT = """
            SELECT p.id, p.workshop_id, p.title, p.description, p.invasiveness, p.transferability,
                   count(r.rater_id) AS ratings, avg(r.impact) AS impact, avg(r.effort) AS effort
            FROM lessons.proposal p LEFT JOIN lessons.proposal_rating r ON r.proposal_id = p.id
            """;
    private static final String GROUP = " GROUP BY p.id";

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of these ids are observations of the workshop (merged duplicates included). */
    public int observationsOfWorkshop(UUID tenantId, UUID workshopId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM lessons.observation WHERE tenant_id = ? AND workshop_id = ? AND id = ANY(?)")
                .params(tenantId, workshopId, ids.toArray(UUID[]::new)).query(Integer.class).single();
    }

    public void insert(UUID tenantId, UUID id, UUID workshopId, String title, String description,
            Invasiveness invasiveness, Transferability transferability, List<UUID> observationIds, UUID createdBy,
            Instant now) {
        jdbc.sql("""
                INSERT INTO lessons.proposal (id, tenant_id, workshop_id, title, description, invasiveness,
                    transferability, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, workshopId, title, description, invasiveness.name(), transferability.name(),
                        createdBy, Timestamp.from(now))
                .update();
        for (UUID observation : observationIds) {
            jdbc.sql("INSERT INTO lessons.proposal_observation (tenant_id, proposal_id, observation_id) VALUES (?, ?, ?)")
                    .params(tenantId, id, observation).update();
        }
    }

    public Optional<ProposalView> find(UUID tenantId, UUID id) {
        return withObservations(tenantId, jdbc.sql(SELECT + "WHERE p.tenant_id = ? AND p.id = ?" + GROUP)
                .params(tenantId, id).query(ProposalStore::proposal).list()).stream().findFirst();
    }

    /** The workshop's proposals in the order they were made. */
    public List<ProposalView> ofWorkshop(UUID tenantId, UUID workshopId) {
        return withObservations(tenantId, jdbc.sql(SELECT + "WHERE p.tenant_id = ? AND p.workshop_id = ?" + GROUP
                + " ORDER BY p.created_at, p.id").params(tenantId, workshopId).query(ProposalStore::proposal).list());
    }

    /** Records the rater's rating; one per rater and proposal, a new one replaces the old. */
    public void rate(UUID tenantId, UUID proposalId, UUID raterId, ProposalRating rating, Instant now) {
        jdbc.sql("""
                INSERT INTO lessons.proposal_rating (tenant_id, proposal_id, rater_id, impact, effort, rated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (proposal_id, rater_id)
                    DO UPDATE SET impact = EXCLUDED.impact, effort = EXCLUDED.effort, rated_at = EXCLUDED.rated_at""")
                .params(tenantId, proposalId, raterId, rating.impact(), rating.effort(), Timestamp.from(now)).update();
    }

    /** The rater's own ratings of the workshop's proposals, by proposal. */
    public Map<UUID, ProposalRating> ratingsBy(UUID tenantId, UUID workshopId, UUID raterId) {
        Map<UUID, ProposalRating> ratings = new HashMap<>();
        jdbc.sql("""
                SELECT r.proposal_id, r.impact, r.effort FROM lessons.proposal_rating r
                JOIN lessons.proposal p ON p.id = r.proposal_id
                WHERE r.tenant_id = ? AND p.workshop_id = ? AND r.rater_id = ?""")
                .params(tenantId, workshopId, raterId)
                .query(rs -> {
                    ratings.put(rs.getObject("proposal_id", UUID.class),
                            new ProposalRating(rs.getInt("impact"), rs.getInt("effort")));
                });
        return ratings;
    }

    private List<ProposalView> withObservations(UUID tenantId, List<ProposalView> proposals) {
        if (proposals.isEmpty()) {
            return proposals;
        }
        Map<UUID, List<UUID>> observations = new HashMap<>();
        jdbc.sql("""
                SELECT proposal_id, observation_id FROM lessons.proposal_observation
                WHERE tenant_id = ? AND proposal_id = ANY(?) ORDER BY observation_id""")
                .params(tenantId, proposals.stream().map(ProposalView::id).toArray(UUID[]::new))
                .query(rs -> {
                    observations.computeIfAbsent(rs.getObject("proposal_id", UUID.class), key -> new ArrayList<>())
                            .add(rs.getObject("observation_id", UUID.class));
                });
        return proposals.stream().map(p -> new ProposalView(p.id(), p.workshopId(), p.title(), p.description(),
                p.invasiveness(), p.transferability(), List.copyOf(observations.getOrDefault(p.id(), List.of())),
                p.ratings(), p.impact(), p.effort())).toList();
    }

    private static ProposalView proposal(ResultSet rs, int row) throws SQLException {
        return new ProposalView(rs.getObject("id", UUID.class), rs.getObject("workshop_id", UUID.class),
                rs.getString("title"), rs.getString("description"), Invasiveness.valueOf(rs.getString("invasiveness")),
                Transferability.valueOf(rs.getString("transferability")), List.of(), rs.getInt("ratings"),
                mean(rs, "impact"), mean(rs, "effort"));
    }

    private static @Nullable Double mean(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : Math.round(value * 100) / 100.0;
    }
}
