package de.lagezentrum.platform.realtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one NOTIFY channel on a connection of its own, in a daemon thread. When the connection
 * breaks (database restart, failover, a terminated backend) it connects again: at once the first time,
 * then with growing pauses up to 15 seconds. Notifications sent meanwhile are lost to this connection, so once
 * it listens again it reads the events published since shortly before it lost the old one from the table
 * every event is kept in for a while ({@code platform.live_event_payload}) and hands them over as missed.
 *
 * <p>With a Hikari pool (the embedded database and Spring Boot's default for an external one) it opens
 * its connection beside the pool, with the pool's URL and credentials, so it never takes one of the
 * pool's connections. With any other data source it holds one of that source's connections.
 */
final class NotificationListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
    private static final int POLL_MILLIS = 250;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(15);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    /**
     * How far before the connection's last sign of life a catch-up reads: an event's time is the start of
     * the transaction that published it, which may have committed well after.
     */
    private static final Duration CATCH_UP_MARGIN = Duration.ofSeconds(30);
    /** Most events one catch-up hands over; an outage longer than the streams' patience ends there. */
    private static final int CATCH_UP_LIMIT = 10_000;

    /** Handles one notification; may read an oversized event's data through the reader. */
    interface Handler {
        void handle(PGNotification notification, PayloadReader reader);
    }

    /** Reads the data of an event that came by reference. */
    interface PayloadReader {
        @Nullable Event read(long id);
    }

    /** Takes the events published while the listener was away, by id; some may have arrived before. */
    interface CatchUp {
        void missed(List<Event> events);
    }

    private final DataSource dataSource;
    private final String channel;
    private final Handler handler;
    private final Runnable sweep;
    private final CatchUp catchUp;
    private final Object monitor = new Object();
    private volatile boolean running;
    private volatile int backendPid = -1;
    /** When the connection last answered. */
    private volatile Instant alive = Instant.now();
    private @Nullable Thread thread;

    NotificationListener(DataSource dataSource, String channel, Handler handler, Runnable sweep, CatchUp catchUp) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.handler = handler;
        this.sweep = sweep;
        this.catchUp = catchUp;
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        Thread listening = new Thread(this::run, "live-listener");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    /** Stops listening and closes the connection; returns once the thread has ended (or after 5 s). */
    void stop() {
        Thread listening;
        synchronized (this) {
            listening = thread;
            thread = null;
        }
        running = false;
        synchronized (monitor) {
            monitor.notifyAll();
        }
        if (listening != null) {
            try {
                listening.join(TimeUnit.SECONDS.toMillis(5));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until the listener listens; {@code false} if it does not within the time given. */
    boolean awaitListening(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (backendPid < 0 && running) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                try {
                    monitor.wait(left);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return backendPid >= 0;
        }
    }

    int backendPid() {
        return backendPid;
    }

    private void run() {
        int failures = 0;
        @Nullable Instant lostAfter = null;
        while (running) {
            try (Connection connection = open()) {
                listen(connection);
                failures = 0;
                if (lostAfter != null) {
                    catchUp(connection, lostAfter);
                    lostAfter = null;
                }
                receive(connection);
            }
            catch (SQLException | RuntimeException e) {
                if (running) {
                    if (lostAfter == null) {
                        lostAfter = alive;
                    }
                    failures++;
                    log.warn("Live updates: lost the PostgreSQL listener connection ({}); reconnecting",
                            e.getMessage());
                }
            }
            finally {
                backendPid = -1;
            }
            if (running && failures > 1) {
                pause(Duration.ofMillis(Math.min(MAX_PAUSE.toMillis(), 500L << Math.min(failures - 2, 5))));
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel);
        }
        int pid = connection.unwrap(PGConnection.class).getBackendPID();
        alive = Instant.now();
        synchronized (monitor) {
            backendPid = pid;
            monitor.notifyAll();
        }
        log.debug("Live updates: listening on channel {} (backend {})", channel, pid);
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        PayloadReader reader = id -> read(connection, id);
        Instant nextSweep = Instant.now().plus(SWEEP_EVERY);
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            alive = Instant.now();
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    handler.handle(notification, reader);
                }
            }
            if (Instant.now().isAfter(nextSweep)) {
                sweep.run();
                nextSweep = Instant.now().plus(SWEEP_EVERY);
            }
        }
    }

    /**
     * Hands over what was published since a while before {@code lostAfter}. It runs after {@code LISTEN}, so
     * nothing falls between the two; what both bring is delivered once.
     */
    private void catchUp(Connection connection, Instant lostAfter) throws SQLException {
        List<Event> missed = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, topic, name, data FROM platform.live_event_payload WHERE created_at >= ? ORDER BY id LIMIT ?""")) {
            statement.setTimestamp(1, Timestamp.from(lostAfter.minus(CATCH_UP_MARGIN)));
            statement.setInt(2, CATCH_UP_LIMIT);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    missed.add(new Event(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            Instant.now()));
                }
            }
        }
        log.info("Live updates: listening again; {} events of the last {} s read to catch up", missed.size(),
                Duration.between(lostAfter.minus(CATCH_UP_MARGIN), Instant.now()).toSeconds());
        catchUp.missed(missed);
    }

    private static @Nullable Event read(Connection connection, long id) {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT topic, name, data, created_at FROM platform.live_event_payload WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? new Event(id, row.getString(1), row.getString(2), row.getString(3),
                        Instant.now()) : null;
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Live event " + id + " could not be read", e);
        }
    }

    /**
     * A connection of its own: beside a Hikari pool with the pool's settings, else from the data source.
     */
    private Connection open() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getJdbcUrl() != null) {
                Properties properties = new Properties();
                properties.putAll(pool.getDataSourceProperties());
                if (pool.getUsername() != null) {
                    properties.setProperty("user", pool.getUsername());
                }
                if (pool.getPassword() != null) {
                    properties.setProperty("password", pool.getPassword());
                }
                properties.setProperty("ApplicationName", "lagezentrum-live");
                properties.setProperty("tcpKeepAlive", "true");
                Connection connection = new Driver().connect(pool.getJdbcUrl(), properties);
                if (connection != null) {
                    return connection;
                }
            }
        }
        return dataSource.getConnection();
    }

    private void pause(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (monitor) {
            while (running) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                try {
                    monitor.wait(left);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
