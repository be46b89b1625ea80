package de.lagezentrum.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL keeps its data across restarts and has what the modules need. */
class EmbeddedPostgresServerTests {

    final Path directory = Path.of(System.getProperty("lagezentrum.data-dir", "target/test-data"))
            .resolveSibling("restart-test-postgres-" + java.util.UUID.randomUUID());

    @AfterEach
    void stop() throws java.io.IOException {
        EmbeddedPostgresServer.stop(directory);
        org.springframework.util.FileSystemUtils.deleteRecursively(directory);
    }

    @Test
    void dataSurvivesARestart() throws SQLException {
        // Not "fresh": a fresh server deletes its data when it stops, a persistent one keeps it.
        var first = EmbeddedPostgresServer.obtain(directory, false, 0);
        try (Connection connection = DriverManager.getConnection(first.administratorUrl())) {
            connection.createStatement().execute("CREATE TABLE kept (note text)");
            connection.createStatement().execute("INSERT INTO kept VALUES ('Lage 10:00')");
        }
        EmbeddedPostgresServer.stop(directory);

        var second = EmbeddedPostgresServer.obtain(directory, false, 0);
        try (Connection connection = DriverManager.getConnection(second.administratorUrl());
             ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Lage 10:00");
        }
    }

    @Test
    void aPersistentDirectoryCommitsDurablyAThrowAwayOneNeedNot() throws SQLException {
        assertThat(setting(EmbeddedPostgresServer.obtain(directory, false, 0), "synchronous_commit")).isEqualTo("on");
        assertThat(setting(EmbeddedPostgresServer.obtain(directory, false, 0), "fsync")).isEqualTo("on");
        EmbeddedPostgresServer.stop(directory);

        assertThat(setting(EmbeddedPostgresServer.obtain(directory, true, 0), "synchronous_commit")).isEqualTo("off");
    }

    private static String setting(EmbeddedPostgresServer server, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.administratorUrl());
             ResultSet row = connection.createStatement().executeQuery("SELECT current_setting('" + name + "')")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    @Test
    void offersGermanStemmingTrigramsAndCrypto() throws SQLException {
        var server = EmbeddedPostgresServer.obtain(directory, true, 0);
        try (Connection connection = DriverManager.getConnection(server.administratorUrl())) {
            connection.createStatement().execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            connection.createStatement().execute("CREATE EXTENSION IF NOT EXISTS pgcrypto");
            try (ResultSet row = connection.createStatement().executeQuery("""
                    SELECT to_tsvector('german', 'Neue Unterkünfte') @@ to_tsquery('german', 'Unterkunft'),
                           similarity('Neumann', 'Naumann') > 0.3,
                           length(digest('x', 'sha256')),
                           current_setting('server_version_num')::int / 10000""")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).as("german stemming").isTrue();
                assertThat(row.getBoolean(2)).as("pg_trgm").isTrue();
                assertThat(row.getInt(3)).as("pgcrypto").isEqualTo(32);
                assertThat(row.getInt(4)).as("major version").isEqualTo(17);
            }
        }
    }

    @Test
    void createsBothRolesAndHandsAnOlderDataDirectoryToTheOwner() throws SQLException {
        var first = EmbeddedPostgresServer.obtain(directory, false, 0);
        try (Connection connection = DriverManager.getConnection(first.administratorUrl())) {
            // A data directory from before the two roles: everything owned by the superuser.
            connection.createStatement().execute("CREATE SCHEMA IF NOT EXISTS staff AUTHORIZATION postgres");
            connection.createStatement().execute("CREATE TABLE staff.old (id serial PRIMARY KEY, note text)");
            connection.createStatement().execute("ALTER TABLE staff.old OWNER TO postgres");
            connection.createStatement().execute("ALTER SCHEMA staff OWNER TO postgres");
        }
        EmbeddedPostgresServer.stop(directory);

        var second = EmbeddedPostgresServer.obtain(directory, false, 0);
        try (Connection connection = DriverManager.getConnection(second.administratorUrl());
             ResultSet row = connection.createStatement().executeQuery("""
                     SELECT (SELECT tableowner FROM pg_tables WHERE schemaname = 'staff' AND tablename = 'old'),
                            (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'staff'),
                            (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = 'lagezentrum_app'),
                            (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = 'lagezentrum_owner')""")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(EmbeddedDatabaseRoles.OWNER);
            assertThat(row.getString(2)).isEqualTo(EmbeddedDatabaseRoles.OWNER);
            assertThat(row.getBoolean(3)).as("application role may bypass").isFalse();
            assertThat(row.getBoolean(4)).as("owner may bypass").isFalse();
        }
    }
}
