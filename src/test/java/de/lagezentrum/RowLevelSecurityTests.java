package de.lagezentrum;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lagezentrum.staff.TestProtocols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL's row-level security is the second fence between municipalities: whatever a query forgets,
 * the database shows a transaction only its own municipality's rows. Checked on every table of every
 * module schema, so a later module cannot forget it.
 */
@IntegrationTest
class RowLevelSecurityTests {

    /** Tables with a tenant_id that are nobody's business data; none today. */
    static final List<String> EXEMPT = List.of();

    @Autowired
    @Administrator
    JdbcClient administrator;

    @Autowired
    DataSource application;

    @Autowired
    TestProtocols protocols;

    @Test
    void everyTableWithATenantHasRowLevelSecurityForcedWithTheTenantPolicy() {
        assertThat(unguardedTables()).as("tables with tenant_id but without forced row-level security")
                .isSubsetOf(EXEMPT);
    }

    @Test
    void theCheckFindsATableThatForgetsItsPolicyOrForcing() {
        administrator.sql("CREATE SCHEMA IF NOT EXISTS forgetful").update();
        administrator.sql("CREATE TABLE forgetful.later_module (id uuid, tenant_id uuid)").update();
        try {
            assertThat(unguardedTables()).contains("forgetful.later_module");
            administrator.sql("SELECT public.lagezentrum_isolate('forgetful.later_module')").query(String.class).list();
            assertThat(unguardedTables()).doesNotContain("forgetful.later_module");
            administrator.sql("ALTER TABLE forgetful.later_module NO FORCE ROW LEVEL SECURITY").update();
            assertThat(unguardedTables()).contains("forgetful.later_module");
        }
        finally {
            administrator.sql("DROP SCHEMA forgetful CASCADE").update();
        }
    }

    private List<String> unguardedTables() {
        return administrator.sql("""
                SELECT n.nspname || '.' || c.relname FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind IN ('r', 'p')
                   AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
                                                             AND NOT a.attisdropped)
                   AND NOT (c.relrowsecurity AND c.relforcerowsecurity
                            AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polcmd = '*'
                                         AND pg_get_expr(p.polqual, p.polrelid) = '(tenant_id = lagezentrum_tenant())'
                                         AND pg_get_expr(p.polwithcheck, p.polrelid) = '(tenant_id = lagezentrum_tenant())'))
                 ORDER BY 1""").query(String.class).list();
    }

    @Test
    void anUnscopedSelectUnderOneTenantReturnsOnlyThatTenantsRowsInEveryTable() throws SQLException {
        UUID first = protocols.approved(2).lead().tenantId();
        UUID second = protocols.approved(1).lead().tenantId();
        List<String> tables = tablesWithTenant();
        List<String> heldByBoth = new ArrayList<>();

        for (String table : tables) {
            long ofFirst = countOf(table, first);
            long ofSecond = countOf(table, second);
            if (ofFirst > 0 && ofSecond > 0) {
                heldByBoth.add(table);
            }
            assertThat(unscopedCount(table, first)).as(table + " as the first municipality").isEqualTo(ofFirst);
            assertThat(unscopedCount(table, second)).as(table + " as the second municipality").isEqualTo(ofSecond);
            assertThat(unscopedCount(table, null)).as(table + " without a municipality").isZero();
        }
        // The check means something only where both municipalities have rows: most tables.
        assertThat(heldByBoth).contains("staff.staff", "staff.session", "staff.minute_entry", "staff.task",
                "staff.protocol_version", "journal.entry", "organisation.account", "organisation.person",
                "organisation.account_role", "platform.audit_entry");
    }

    @Test
    void aRowOfAnotherTenantCannotBeWrittenNorMovedThere() throws SQLException {
        UUID own = protocols.approved(1).lead().tenantId();
        UUID other = protocols.approved(1).lead().tenantId();
        try (Connection connection = application.getConnection()) {
            connection.setAutoCommit(false);
            scope(connection, own);
            assertThatThrownBy(() -> execute(connection, "INSERT INTO platform.notification (id, tenant_id, person_id,"
                    + " created_at, message_key) VALUES (gen_random_uuid(), '" + other + "', gen_random_uuid(), now(), 'x')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            connection.rollback();
            scope(connection, own);
            assertThatThrownBy(() -> execute(connection, "UPDATE staff.staff SET tenant_id = '" + other + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            connection.rollback();
            scope(connection, own);
            // Another municipality's rows are not there to change or delete.
            assertThat(update(connection, "DELETE FROM staff.task WHERE tenant_id = '" + other + "'")).isZero();
            connection.rollback();
        }
        assertThat(countOf("staff.task", other)).isPositive();
    }

    private List<String> tablesWithTenant() {
        return administrator.sql("""
                SELECT c.table_schema || '.' || c.table_name FROM information_schema.columns c
                  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                 WHERE c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
                   AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
                 ORDER BY 1""").query(String.class).list();
    }

    private long countOf(String table, UUID tenantId) {
        return administrator.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = ?").param(tenantId)
                .query(Long.class).single();
    }

    /** {@code SELECT count(*)} without any WHERE, as the application's role, in a transaction of one tenant. */
    private long unscopedCount(String table, UUID tenantId) throws SQLException {
        try (Connection connection = application.getConnection()) {
            connection.setAutoCommit(false);
            scope(connection, tenantId);
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + table);
                    ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
            finally {
                connection.rollback();
            }
        }
    }

    private static void scope(Connection connection, UUID tenantId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT set_config('lagezentrum.tenant', ?, true)")) {
            statement.setString(1, tenantId == null ? "" : tenantId.toString());
            statement.execute();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return statement.executeUpdate();
        }
    }
}
