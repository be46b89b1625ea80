package de.lagezentrum.journal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.search.SearchHit;
import de.lagezentrum.platform.search.SearchSource;
import de.lagezentrum.platform.search.Snippets;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.StaffManagement;
import de.lagezentrum.staff.StaffView;

/** Finds journal entries of the staffs the user belongs to (asked of the staff module, not its tables). */
@Component
class JournalSearch implements SearchSource {

    private final JdbcClient jdbc;
    private final StaffManagement staffs;

    JournalSearch(JdbcClient jdbc, StaffManagement staffs) {
        this.jdbc = jdbc;
        this.staffs = staffs;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(CurrentUser user, String query, int limit) {
        UUID[] mine = staffs.myStaffs(user).stream().map(StaffView::id).toArray(UUID[]::new);
        if (mine.length == 0) {
            return List.of();
        }
        // Rank on the stored vector (journal V3) in the inner query, headline only for the rows that are
        // shown: ts_headline has to parse the text again, so it runs for those few rows only.
        return jdbc.sql("""
                SELECT top.id, top.staff_id, top.seq, top.rank,
                       ts_headline('german'::regconfig, top.text, top.q, CAST(:options AS text)) AS snippet
                  FROM (SELECT e.id, e.staff_id, e.seq, e.text, q, ts_rank(e.search_vector, q) AS rank
                          FROM journal.entry e, websearch_to_tsquery('german'::regconfig, CAST(:query AS text)) q
                         WHERE e.tenant_id = :tenantId AND e.staff_id = ANY(:staffs)
                           AND e.search_vector @@ q
                         ORDER BY rank DESC LIMIT :limit) top
                 ORDER BY top.rank DESC""")
                .param("options", Snippets.OPTIONS).param("query", query).param("tenantId", user.tenantId())
                .param("staffs", mine).param("limit", limit)
                .query((rs, row) -> new SearchHit("journal-entry", rs.getObject("id", UUID.class),
                        "#" + rs.getLong("seq"), Snippets.html(rs.getString("snippet")),
                        "/staffs/" + rs.getObject("staff_id", UUID.class) + "/journal#entry-" + rs.getLong("seq"),
                        rs.getDouble("rank")))
                .list();
    }
}
