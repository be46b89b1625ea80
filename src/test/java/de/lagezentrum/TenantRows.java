package de.lagezentrum;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The number of rows a municipality has in every table with a {@code tenant_id} column of every module
 * schema (found in {@code information_schema}, so a new module's tables count from the start): the
 * measure of "nothing changed". Security events in the audit log are left out: recording a refused attempt
 * is what a bad request must cause.
 */
final class TenantRows {

    /**
     * A refused sign-in or second factor is recorded as a security event: that row is the record of the
     * attempt, not a change the bad request made, so it is not counted.
     */
    private static final String SECURITY_EVENTS = " AND entity_type <> 'Security'";

    private final JdbcClient jdbc;
    private final String countAll;

    TenantRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
                SELECT c.table_schema || '.' || c.table_name FROM information_schema.columns c
                  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                 WHERE c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
                   AND c.table_schema NOT IN ('pg_catalog', 'information_schema', 'public')
                 ORDER BY 1""").query(String.class).list();
        countAll = tables.stream()
                .map(table -> "SELECT '" + table + "' AS name, tenant_id, count(*) AS rows FROM " + table
                        + " WHERE tenant_id IN (:tenants)" + (table.equals("platform.audit_entry") ? SECURITY_EVENTS : "")
                        + " GROUP BY tenant_id")
                .collect(Collectors.joining("\nUNION ALL "));
    }

    /**
     * The row count per table and municipality ({@code "staff.task <tenant id>"}; tables without rows are
     * left out), once the events of earlier requests are handled: their listeners run after the request
     * and may still be writing.
     */
    Map<String, Long> of(List<UUID> tenantIds) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.sql("SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL")
                        .query(Long.class).single() == 0);
        Map<String, Long> rows = new LinkedHashMap<>();
        jdbc.sql(countAll).param("tenants", tenantIds)
                .query((rs, row) -> rows.put(rs.getString("name") + " " + rs.getString("tenant_id"), rs.getLong("rows")))
                .list();
        return rows;
    }
}
