package de.lagezentrum.platform.realtime;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import de.lagezentrum.platform.realtime.ZeroWindows.Connection;

/**
 * One open stream with its own queue: events are written in order by a sender thread, so a client that
 * stops reading blocks only its own stream, never the listener or the other subscribers. A client that
 * falls {@value #MAX_QUEUED} events behind is let go; it reconnects with {@code Last-Event-ID}.
 *
 * <p>A queued state event is replaced by a newer one of the same key, so a client that stops reading
 * holds at most one state per key however often that state changes.
 *
 * <p>Only the sender thread touches the emitter once the stream is open: the emitter's {@code send} and
 * {@code complete} share one lock, and a write to a client that stopped reading blocks (in Tomcat up to
 * the connection timeout). Completing it from the listener or the watchdog would hold them up as long.
 */
final class Subscriber {

    static final int MAX_QUEUED = 500;

    /** A comment that keeps proxies from closing an idle stream and finds clients that went away. */
    private static final Event HEARTBEAT = new Event(-1, "", "", "", Instant.EPOCH);
    /** Tells the sender to complete the emitter. */
    private static final Event CLOSE = new Event(-2, "", "", "", Instant.EPOCH);

    private final SseEmitter emitter;
    private final Executor sender;
    private final Runnable onClose;
    private final Deque<Event> queue = new ArrayDeque<>();
    /** The queued state events by key; replaced ones stay in the queue as tombstones and are skipped. */
    private final Map<String, Event> queuedStates = new HashMap<>();
    private int live;
    private boolean draining;
    private boolean closed;
    /** Set when the stream must end; the sender completes the emitter once its current write returns. */
    private boolean completing;
    /** {@link System#nanoTime()} when the current write began, {@code 0} while none is under way. */
    private volatile long writingSince;

    /** The stream's connection, if known, to find a client that stopped reading. */
    private final @Nullable Connection connection;
    /** {@link System#nanoTime()} when its client was first seen at a zero window, {@code 0} while it reads. */
    private long zeroWindowSince;

    Subscriber(SseEmitter emitter, Executor sender, Runnable onClose) {
        this(emitter, sender, onClose, null);
    }

    Subscriber(SseEmitter emitter, Executor sender, Runnable onClose, @Nullable Connection connection) {
        this.emitter = emitter;
        this.sender = sender;
        this.onClose = onClose;
        this.connection = connection;
    }

    /**
     * Notes whether the client is at a zero window now (one of {@code zeroWindows}) and tells how long it
     * has been there without a break, in nanoseconds; {@code 0} while it reads or its connection is unknown.
     * Called by the watchdog's thread only.
     */
    long notReadingForNanos(Set<Connection> zeroWindows, long now) {
        if (connection == null || !zeroWindows.contains(connection)) {
            zeroWindowSince = 0;
            return 0;
        }
        if (zeroWindowSince == 0) {
            zeroWindowSince = now;
        }
        return now - zeroWindowSince;
    }

    SseEmitter emitter() {
        return emitter;
    }

    /** Queues an event; the sender writes it after everything queued before. */
    void send(Event event) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (event.stateKey() != null) {
                Event older = queuedStates.put(event.stateKey(), event);
                if (older != null) {
                    live--;
                }
            }
            if (live >= MAX_QUEUED) {
                // Too far behind: end the stream; the browser reconnects and resumes from what it has.
                endLocked();
            }
            else {
                queue.addLast(event);
                live++;
                startDrainLocked();
                return;
            }
        }
        onClose.run();
    }

    /** Queues a heartbeat comment unless something is queued or being written anyway. */
    synchronized void heartbeat() {
        if (!closed && !draining) {
            queue.addLast(HEARTBEAT);
            live++;
            startDrainLocked();
        }
    }

    /** How long the current write has been under way, in nanoseconds; {@code 0} if none is. */
    long writingForNanos(long now) {
        long since = writingSince;
        return since == 0 ? 0 : now - since;
    }

    /** Events waiting to be written (for tests). */
    synchronized int queued() {
        return live;
    }

    /**
     * Lets a client go that stopped reading: nothing more is queued, and the stream ends once the write
     * under way returns (Tomcat fails it at the connection timeout).
     */
    void drop() {
        synchronized (this) {
            if (closed) {
                return;
            }
            endLocked();
        }
        onClose.run();
    }

    private void endLocked() {
        queue.clear();
        queuedStates.clear();
        live = 0;
        closed = true;
        completing = true;
        startDrainLocked();
    }

    private void startDrainLocked() {
        if (!draining) {
            draining = true;
            sender.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Event next = next();
            if (next == null) {
                return;
            }
            if (next == CLOSE) {
                emitter.complete();
                return;
            }
            writingSince = Math.max(1, System.nanoTime());
            try {
                emitter.send(next == HEARTBEAT ? SseEmitter.event().comment("heartbeat") : new Rendered(next.bytes()));
            }
            catch (IOException | IllegalStateException e) {
                // The client went away; it reconnects with Last-Event-ID if it still cares.
                writingSince = 0;
                close();
                return;
            }
            writingSince = 0;
        }
    }

    private synchronized @Nullable Event next() {
        if (completing) {
            completing = false;
            return CLOSE;
        }
        while (!closed) {
            Event next = queue.pollFirst();
            if (next == null) {
                break;
            }
            if (next.stateKey() != null) {
                if (queuedStates.get(next.stateKey()) != next) {
                    // Replaced by a newer state of the same key, which comes later in the queue.
                    continue;
                }
                queuedStates.remove(next.stateKey());
            }
            live--;
            return next;
        }
        draining = false;
        return null;
    }

    /** Stops sending; what is still queued is dropped. */
    void close() {
        synchronized (this) {
            closed = true;
            queue.clear();
            queuedStates.clear();
            live = 0;
        }
        onClose.run();
    }

    /**
     * An event already in the wire format: one write of its bytes, without rendering it again for each
     * stream (Spring's own builder renders it per stream, in three parts).
     */
    private record Rendered(byte[] bytes) implements SseEmitter.SseEventBuilder {

        @Override
        public Set<DataWithMediaType> build() {
            return Set.of(new DataWithMediaType(bytes, MediaType.TEXT_PLAIN));
        }

        @Override
        public SseEmitter.SseEventBuilder id(String id) {
            throw new UnsupportedOperationException("A rendered event is complete");
        }

        @Override
        public SseEmitter.SseEventBuilder name(String eventName) {
            throw new UnsupportedOperationException("A rendered event is complete");
        }

        @Override
        public SseEmitter.SseEventBuilder reconnectTime(long reconnectTimeMillis) {
            throw new UnsupportedOperationException("A rendered event is complete");
        }

        @Override
        public SseEmitter.SseEventBuilder comment(String comment) {
            throw new UnsupportedOperationException("A rendered event is complete");
        }

        @Override
        public SseEmitter.SseEventBuilder data(Object object) {
            throw new UnsupportedOperationException("A rendered event is complete");
        }

        @Override
        public SseEmitter.SseEventBuilder data(Object object, @Nullable MediaType mediaType) {
            throw new UnsupportedOperationException("A rendered event is complete");
        }
    }
}
