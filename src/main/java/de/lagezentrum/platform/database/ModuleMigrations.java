package de.lagezentrum.platform.database;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs the shared migrations in {@code db/migration/__root} and then, per module, the migrations in
 * {@code db/migration/<module>} into the module's own schema with its own version numbers and
 * history table. A module's schema belongs to it alone; modules never reference each other's tables.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

    /** Modules that own a schema, in the order their migrations run. */
    static final List<String> MODULES = List.of("platform", "organisation", "staff", "journal");

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
    }
}
