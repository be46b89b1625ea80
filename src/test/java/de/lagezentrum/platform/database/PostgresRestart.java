package de.lagezentrum.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stops and starts the running embedded PostgreSQL in place, with its own {@code pg_ctl}: the same data
 * directory, port and settings (a restart reads them from {@code postmaster.opts}), so every connection
 * pool and listener of the test JVM finds it again where it was. A crash ({@code -m immediate}) skips the
 * shutdown checkpoint; the start then recovers from the WAL, as after a power cut.
 */
public final class PostgresRestart {

    private final Path dataDirectory;
    private final Path pgCtl;
    private final Path log;

    private PostgresRestart(Path dataDirectory, Path pgCtl) {
        this.dataDirectory = dataDirectory;
        this.pgCtl = pgCtl;
        this.log = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-restart.log");
    }

    /** The server the superuser's client is connected to. */
    public static PostgresRestart of(JdbcClient administrator) {
        Path dataDirectory = Path.of(administrator.sql("SHOW data_directory").query(String.class).single());
        try {
            // The first word of postmaster.opts is the server binary; pg_ctl sits beside it.
            String options = Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
            Path postgres = Path.of(options.substring(0, options.indexOf(' ')));
            return new PostgresRestart(dataDirectory, postgres.resolveSibling("pg_ctl"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server at once, as a crash would: no checkpoint, every connection cut. */
    public void crash() {
        pgCtl("stop", "-m", "immediate", "-w", "-t", "60");
    }

    /** Starts the stopped server again with the options it last ran with; returns once it takes connections. */
    public void start() {
        pgCtl("restart", "-w", "-t", "120", "-l", log.toString());
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        // As the embedded server itself was started: PostgreSQL refuses to run as root, so in a user namespace.
        if ("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/unshare"))) {
            command.addAll(List.of("/usr/bin/unshare", "-U"));
        }
        command.add(pgCtl.toString());
        command.addAll(List.of("-D", dataDirectory.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(150, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + String.join(" ", arguments) + " failed; see " + log);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
