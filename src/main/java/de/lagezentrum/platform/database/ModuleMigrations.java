package de.lagezentrum.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs the shared migrations in {@code db/migration/__root} and then, per module, the migrations in
 * {@code db/migration/<module>} into the module's own schema with its own version numbers and
 * history table. A module's schema belongs to it alone; modules never reference each other's tables.
 *
 * <p>When the application connects as another role than the one migrating (the owner), that role is
 * then granted what it needs on every table and nothing more: no DDL, no changes to the migration
 * history, and no UPDATE or DELETE on journal entries.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

    /** Modules that own a schema, in the order their migrations run. */
    static final List<String> MODULES = List.of("platform", "organisation", "staff", "journal", "briefing", "live", "lessons");

    private final DataSource application;

    ModuleMigrations(DataSource application) {
        this.application = application;
    }

    @Override
    public void migrate(Flyway root) {
        root.migrate();
        for (String module : MODULES) {
            Flyway.configure()
                    .configuration(root.getConfiguration())
                    .schemas(module)
                    .defaultSchema(module)
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .locations("classpath:db/migration/" + module)
                    .load()
                    .migrate();
        }
        grantToApplication(root.getConfiguration().getDataSource());
    }

    private void grantToApplication(DataSource owner) {
        String applicationRole = userOf(application);
        if (applicationRole.equals(userOf(owner))) {
            return;
        }
        String schemas = String.join(", ", MODULES);
        String role = '"' + applicationRole.replace("\"", "\"\"") + '"';
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        jdbc.execute("GRANT USAGE ON SCHEMA " + schemas + " TO " + role);
        jdbc.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schemas + " TO " + role);
        jdbc.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schemas + " TO " + role);
        for (String module : MODULES) {
            jdbc.execute("REVOKE ALL ON " + module + ".flyway_schema_history FROM " + role);
        }
        jdbc.execute("REVOKE UPDATE, DELETE, TRUNCATE ON journal.entry FROM " + role);
    }

    private static String userOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getUserName();
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database", e);
        }
    }
}
