package de.lagezentrum.platform.database;

import java.io.IOException;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code SPRING_DATASOURCE_URL} set the application uses that PostgreSQL and starts no embedded
 * one. A separately started server stands in for the municipality's database cluster, set up with the
 * two roles of docs/operations.md: Flyway migrates as the owner, the application runs as a role that
 * owns nothing.
 */
// A short connection timeout: at JVM exit the stand-in server may stop before this context has closed.
@SpringBootTest(properties = {"lagezentrum.demo=false", "spring.datasource.hikari.connection-timeout=2000"})
class ExternalDatabaseTests {

    static final EmbeddedPostgres EXTERNAL = start();

    static final String URL = "jdbc:postgresql://localhost:" + EXTERNAL.getPort() + "/lagezentrum";

    /** The cluster's superuser, which the application never uses: to look behind its back. */
    static final JdbcClient SUPERUSER = JdbcClient.create(new DriverManagerDataSource(URL + "?user=postgres"));

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "lagezentrum_app");
        registry.add("spring.datasource.password", () -> "App-Passwort-2026");
        registry.add("spring.flyway.user", () -> "lagezentrum_owner");
        registry.add("spring.flyway.password", () -> "Owner-Passwort-2026");
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void usesTheConfiguredDatabaseAndNoEmbeddedServer() {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        HikariDataSource hikari = (HikariDataSource) dataSource;
        assertThat(hikari.getJdbcUrl()).isEqualTo(URL);
        assertThat(hikari.getPoolName()).isNotEqualTo("lagezentrum-embedded");
        assertThat(context.getBeanNamesForType(EmbeddedPostgresConfiguration.EmbeddedPostgresLease.class)).isEmpty();
    }

    @Test
    void liveUpdatesListenOnAConnectionOfTheirOwnBesideThePool() {
        assertThat(jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                 WHERE application_name = 'lagezentrum-live' AND query = 'LISTEN lagezentrum_live'""")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void migratesAsTheOwnerAndRunsAsARoleBoundByRowLevelSecurity() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("lagezentrum_app");
        assertThat(SUPERUSER.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'organisation'")
                .query(String.class).list()).containsExactly("lagezentrum_owner");
        // Outside any municipality's transaction the application's role sees no account at all.
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.account").query(Long.class).single()).isZero();
        assertThat(SUPERUSER.sql("SELECT count(*) FROM organisation.account").query(Long.class).single()).isOne();
    }

    @Test
    void migratesOneSchemaPerModule() {
        List<String> schemas = SUPERUSER.sql("""
                SELECT schema_name FROM information_schema.schemata WHERE schema_name IN ('platform', 'organisation')
                 ORDER BY schema_name""").query(String.class).list();
        assertThat(schemas).containsExactly("organisation", "platform");
        assertThat(SUPERUSER.sql("SELECT count(*) FROM organisation.flyway_schema_history WHERE success")
                .query(Long.class).single()).isPositive();
        assertThat(SUPERUSER.sql("SELECT count(*) FROM organisation.account WHERE username = 'admin'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyBusinessTableCarriesTheTenant() {
        List<String> withoutTenant = SUPERUSER.sql("""
                SELECT t.table_schema || '.' || t.table_name FROM information_schema.tables t
                 WHERE t.table_schema IN ('organisation', 'platform') AND t.table_type = 'BASE TABLE'
                   AND t.table_name NOT IN ('flyway_schema_history', 'tenant', 'event_publication',
                                            'spring_session', 'spring_session_attributes', 'oidc_session',
                                            'live_event_payload',
                                            -- the installation's one check value of its TOTP key
                                            'mfa_key_check')
                   AND NOT EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = t.table_schema
                                   AND c.table_name = t.table_name AND c.column_name = 'tenant_id')""")
                .query(String.class).list();

        assertThat(withoutTenant).isEmpty();
    }

    private static EmbeddedPostgres start() {
        try {
            // Zonky's own shutdown hook stops this stand-in server when the test JVM ends.
            EmbeddedPostgres server = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
            JdbcClient superuser = JdbcClient.create(server.getPostgresDatabase());
            // The set-up of docs/operations.md, "Database roles".
            superuser.sql("CREATE ROLE lagezentrum_owner LOGIN PASSWORD 'Owner-Passwort-2026'").update();
            superuser.sql("CREATE ROLE lagezentrum_app LOGIN PASSWORD 'App-Passwort-2026'").update();
            superuser.sql("CREATE DATABASE lagezentrum OWNER lagezentrum_owner").update();
            return server;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
