package de.lagezentrum.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One embedded PostgreSQL server per data directory and JVM. Several Spring contexts (as in a test
 * run) share it by leasing it; it stops when the last lease is returned, i.e. after the last context
 * using it has closed its connection pool and finished its own shutdown work.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> servers = new HashMap<>();

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private int leases;

    private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    /** Leases the server of a data directory, starting it if needed; give it back with {@link #release()}. */
    static synchronized EmbeddedPostgresServer obtain(Path dataDirectory, boolean fresh, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgresServer server = servers.computeIfAbsent(directory, dir -> start(dir, fresh, port));
        server.leases++;
        return server;
    }

    /** Returns a lease; the last one stops the server. */
    synchronized void release() {
        synchronized (EmbeddedPostgresServer.class) {
            leases--;
            if (leases <= 0 && servers.remove(dataDirectory, this)) {
                close();
            }
        }
    }

    /** Stops the server of a data directory regardless of leases (for tests of restarts). */
    static synchronized void stop(Path dataDirectory) {
        EmbeddedPostgresServer server = servers.remove(dataDirectory.toAbsolutePath().normalize());
        if (server != null) {
            server.close();
        }
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, boolean fresh, int port) {
        try {
            if (fresh) {
                // A JVM that was killed leaves a half-deleted directory that initdb would refuse.
                FileSystemUtils.deleteRecursively(dataDirectory);
            }
            Files.createDirectories(dataDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(fresh)
                    // Spring closes the server after the last context using it; a second hook would race it.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("default_text_search_config", "pg_catalog.german")
                    .setServerConfig("timezone", "UTC")
                    // Zonky turns fsync (postgres -F) and synchronous commit off for speed: fine for a test run's
                    // throw-away directory, but a persistent one (the demo, a trial) must not lose a committed
                    // journal entry or an acknowledged vote, nor its data, when the machine crashes.
                    .setServerConfig("fsync", fresh ? "off" : "on")
                    .setServerConfig("synchronous_commit", fresh ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL listens on port {} with data in {} (user postgres, database postgres)",
                    postgres.getPort(), dataDirectory);
            EmbeddedDatabaseRoles.ensure(postgres.getPostgresDatabase());
            return new EmbeddedPostgresServer(dataDirectory, postgres);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dataDirectory, e);
        }
    }

    /** The server's database, without a user: each role connects with its own name. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** The database as its superuser {@code postgres}. */
    String administratorUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private void close() {
        try {
            postgres.close();
        }
        catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
