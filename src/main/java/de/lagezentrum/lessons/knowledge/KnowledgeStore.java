package de.lagezentrum.lessons.knowledge;

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

import de.lagezentrum.lessons.FactorExample;
import de.lagezentrum.lessons.FactorFilter;
import de.lagezentrum.lessons.FactorSearchHit;
import de.lagezentrum.lessons.FactorStatus;
import de.lagezentrum.lessons.RecommendationView;
import de.lagezentrum.lessons.ResilienceFactorView;

/**
 * The tables of recommendations and resilience factors; every statement names the tenant (row-level security
 * checks it too). Cited proposals and lessons are checked against {@code lessons.proposal} and
 * {@code lessons.lesson} here, not through the proposals slice.
 */
@Component
public class KnowledgeStore {

    private static final String FACTOR_COLUMNS = """
            id, slug, title, summary, body, theme, invasiveness, transferability, status, submitted_by, submitted_at,
            published_by, published_at""";

    private final JdbcClient jdbc;

    KnowledgeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of the ids are rows of the table ({@code proposal}, {@code lesson} or {@code recommendation}) in the tenant. */
    public long existing(UUID tenantId, String table, List<UUID> ids) {
        if (!List.of("proposal", "lesson", "recommendation").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM lessons." + table + " WHERE tenant_id = ? AND id = ANY (?)")
                .params(tenantId, ids.toArray(UUID[]::new)).query(Long.class).single();
    }

    public void insertRecommendation(UUID tenantId, UUID id, String title, String body, List<UUID> proposalIds,
            List<UUID> lessonIds, UUID by, Instant now) {
        jdbc.sql("""
                INSERT INTO lessons.recommendation (id, tenant_id, title, body, created_by, created_at, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, title, body, by, Timestamp.from(now), Timestamp.from(now)).update();
        for (UUID proposal : proposalIds) {
            jdbc.sql("INSERT INTO lessons.recommendation_proposal (tenant_id, recommendation_id, proposal_id) VALUES (?, ?, ?)")
                    .params(tenantId, id, proposal).update();
        }
        for (UUID lesson : lessonIds) {
            jdbc.sql("INSERT INTO lessons.recommendation_lesson (tenant_id, recommendation_id, lesson_id) VALUES (?, ?, ?)")
                    .params(tenantId, id, lesson).update();
        }
    }

    public Optional<RecommendationView> recommendation(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT id, title, body FROM lessons.recommendation WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id)
                .query((rs, row) -> new RecommendationView(id, rs.getString("title"), rs.getString("body"),
                        ids("SELECT proposal_id FROM lessons.recommendation_proposal WHERE tenant_id = ? AND recommendation_id = ? ORDER BY proposal_id", tenantId, id),
                        ids("SELECT lesson_id FROM lessons.recommendation_lesson WHERE tenant_id = ? AND recommendation_id = ? ORDER BY lesson_id", tenantId, id)))
                .optional();
    }

    public boolean slugTaken(UUID tenantId, String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM lessons.resilience_factor WHERE tenant_id = ? AND slug = ?)")
                .params(tenantId, slug).query(Boolean.class).single();
    }

    public void insertFactor(UUID tenantId, UUID id, String slug, String title, String summary, String body,
            String theme, @Nullable String invasiveness, @Nullable String transferability, List<UUID> recommendationIds,
            List<FactorExample> examples, UUID by, Instant now) {
        jdbc.sql("""
                INSERT INTO lessons.resilience_factor (id, tenant_id, slug, title, summary, body, theme, invasiveness,
                    transferability, status, created_by, created_at, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)""")
                .params(id, tenantId, slug, title, summary, body, theme, invasiveness, transferability, by,
                        Timestamp.from(now), Timestamp.from(now))
                .update();
        int position = 0;
        for (UUID recommendation : recommendationIds) {
            jdbc.sql("""
                    INSERT INTO lessons.resilience_factor_recommendation (tenant_id, factor_id, recommendation_id, position)
                    VALUES (?, ?, ?, ?)""").params(tenantId, id, recommendation, position++).update();
        }
        position = 0;
        for (FactorExample example : examples) {
            jdbc.sql("""
                    INSERT INTO lessons.resilience_factor_example (id, tenant_id, factor_id, municipality, text, position)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), tenantId, id, example.municipality(), example.text(), position++).update();
        }
    }

    public Optional<ResilienceFactorView> factor(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + FACTOR_COLUMNS + " FROM lessons.resilience_factor WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query((rs, row) -> factor(rs, tenantId)).optional();
    }

    /** The municipality's factors, newest change first (the editorial page). */
    public List<ResilienceFactorView> factors(UUID tenantId) {
        return jdbc.sql("SELECT " + FACTOR_COLUMNS + " FROM lessons.resilience_factor WHERE tenant_id = ? ORDER BY changed_at DESC")
                .param(tenantId).query((rs, row) -> factor(rs, tenantId)).list();
    }

    /** DRAFT → REVIEW; false if the factor was not a draft. */
    public boolean submit(UUID tenantId, UUID id, UUID by, Instant now) {
        return jdbc.sql("""
                UPDATE lessons.resilience_factor SET status = 'REVIEW', submitted_by = ?, submitted_at = ?, changed_at = ?
                 WHERE tenant_id = ? AND id = ? AND status = 'DRAFT'""")
                .params(by, Timestamp.from(now), Timestamp.from(now), tenantId, id).update() == 1;
    }

    /** REVIEW → PUBLISHED by someone other than the submitter; false otherwise. */
    public boolean publish(UUID tenantId, UUID id, UUID by, Instant now) {
        return jdbc.sql("""
                UPDATE lessons.resilience_factor SET status = 'PUBLISHED', published_by = ?, published_at = ?, changed_at = ?
                 WHERE tenant_id = ? AND id = ? AND status = 'REVIEW' AND submitted_by <> ?""")
                .params(by, Timestamp.from(now), Timestamp.from(now), tenantId, id, by).update() == 1;
    }

    /**
     * Published factors narrowed by the filter: with a search (websearch syntax, German stemming) ranked by
     * relevance, with a {@code <mark>} snippet of the escaped text; otherwise newest first with the escaped summary.
     */
    public List<FactorSearchHit> published(UUID tenantId, FactorFilter filter) {
        String escaped = "replace(replace(replace(%s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
        boolean search = filter.q() != null;
        String snippet = !search ? escaped.formatted("summary")
                : "ts_headline('german', " + escaped.formatted("summary || ' ' || body")
                        + ", q, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2')";
        String sql = "SELECT slug, title, " + snippet + " AS snippet FROM lessons.resilience_factor"
                + (search ? ", websearch_to_tsquery('german', :q) q" : "")
                + " WHERE tenant_id = :tenant AND status = 'PUBLISHED'"
                + " AND (CAST(:theme AS text) IS NULL OR theme = :theme)"
                + " AND (CAST(:invasiveness AS text) IS NULL OR invasiveness = :invasiveness)"
                + " AND (CAST(:transferability AS text) IS NULL OR transferability = :transferability)"
                + (search ? " AND search @@ q ORDER BY ts_rank(search, q) DESC, published_at DESC"
                        : " ORDER BY published_at DESC")
                + " LIMIT 200";
        var statement = jdbc.sql(sql).param("tenant", tenantId).param("theme", filter.theme())
                .param("invasiveness", filter.invasiveness()).param("transferability", filter.transferability());
        if (search) {
            statement = statement.param("q", filter.q());
        }
        return statement.query((rs, row) -> new FactorSearchHit(rs.getString("slug"), rs.getString("title"),
                rs.getString("snippet"))).list();
    }

    public List<String> publishedThemes(UUID tenantId) {
        return jdbc.sql("SELECT DISTINCT theme FROM lessons.resilience_factor WHERE tenant_id = ? AND status = 'PUBLISHED' ORDER BY theme")
                .param(tenantId).query(String.class).list();
    }

    public Optional<ResilienceFactorView> publishedFactor(UUID tenantId, String slug) {
        return jdbc.sql("SELECT " + FACTOR_COLUMNS + " FROM lessons.resilience_factor WHERE tenant_id = ? AND slug = ? AND status = 'PUBLISHED'")
                .params(tenantId, slug).query((rs, row) -> factor(rs, tenantId)).optional();
    }

    /** The municipalities the factor is shared with, each credited. */
    public List<String> credited(UUID tenantId, UUID factorId) {
        return jdbc.sql("SELECT municipality FROM lessons.resilience_factor_share WHERE tenant_id = ? AND factor_id = ? ORDER BY shared_at, municipality")
                .params(tenantId, factorId).query(String.class).list();
    }

    public List<RecommendationView> recommendationsOf(UUID tenantId, UUID factorId) {
        return ids("SELECT recommendation_id FROM lessons.resilience_factor_recommendation WHERE tenant_id = ? AND factor_id = ? ORDER BY position",
                tenantId, factorId).stream().map(id -> recommendation(tenantId, id).orElseThrow()).toList();
    }

    private ResilienceFactorView factor(ResultSet rs, UUID tenantId) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new ResilienceFactorView(id, rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                rs.getString("body"), rs.getString("theme"), rs.getString("invasiveness"),
                rs.getString("transferability"), FactorStatus.valueOf(rs.getString("status")),
                ids("SELECT recommendation_id FROM lessons.resilience_factor_recommendation WHERE tenant_id = ? AND factor_id = ? ORDER BY position", tenantId, id),
                jdbc.sql("SELECT municipality, text FROM lessons.resilience_factor_example WHERE tenant_id = ? AND factor_id = ? ORDER BY position")
                        .params(tenantId, id)
                        .query((e, row) -> new FactorExample(e.getString("municipality"), e.getString("text"))).list(),
                rs.getObject("submitted_by", UUID.class), instant(rs, "submitted_at"),
                rs.getObject("published_by", UUID.class), instant(rs, "published_at"));
    }

    private List<UUID> ids(String sql, UUID tenantId, UUID id) {
        return jdbc.sql(sql).params(tenantId, id).query((rs, row) -> rs.getObject(1, UUID.class)).list();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
