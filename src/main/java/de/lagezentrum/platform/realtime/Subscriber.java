package de.lagezentrum.platform.realtime;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One open stream with its own queue: events are written in order by a sender thread, so a client that
 * stops reading blocks only its own stream, never the listener or the other subscribers. A client that
 * falls {@value #MAX_QUEUED} events behind is let go; it reconnects with {@code Last-Event-ID}.
 */
final class Subscriber {

    static final int MAX_QUEUED = 500;

    private final SseEmitter emitter;
    private final Executor sender;
    private final Runnable onClose;
    private final Deque<SseEventBuilder> queue = new ArrayDeque<>();
    private boolean draining;
    private boolean closed;

    Subscriber(SseEmitter emitter, Executor sender, Runnable onClose) {
        this.emitter = emitter;
        this.sender = sender;
        this.onClose = onClose;
    }

    SseEmitter emitter() {
        return emitter;
    }

    /** Queues an event; the sender writes it after everything queued before. */
    void send(Event event) {
        SseEventBuilder message = SseEmitter.event().id(Long.toString(event.id())).name(event.name())
                .data(event.data());
        synchronized (this) {
            if (closed) {
                return;
            }
            if (queue.size() >= MAX_QUEUED) {
                queue.clear();
                closed = true;
            }
            else {
                queue.addLast(message);
                if (!draining) {
                    draining = true;
                    sender.execute(this::drain);
                }
                return;
            }
        }
        // Too far behind: end the stream; the browser reconnects and resumes from what it has.
        onClose.run();
        emitter.complete();
    }

    private void drain() {
        while (true) {
            SseEventBuilder next = next();
            if (next == null) {
                return;
            }
            try {
                emitter.send(next);
            }
            catch (IOException | IllegalStateException e) {
                // The client went away; it reconnects with Last-Event-ID if it still cares.
                close();
                return;
            }
        }
    }

    private synchronized @Nullable SseEventBuilder next() {
        SseEventBuilder next = closed ? null : queue.pollFirst();
        if (next == null) {
            draining = false;
        }
        return next;
    }

    /** Stops sending; what is still queued is dropped. */
    void close() {
        synchronized (this) {
            closed = true;
            queue.clear();
        }
        onClose.run();
    }
}
