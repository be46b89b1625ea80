package de.lagezentrum.platform.realtime;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The in-process hub for Server-Sent Events: subscribers of a topic (e.g. {@code session:<id>}) get
 * small messages that say what changed, and re-read state themselves. Each topic keeps its last 100
 * events, so a reconnect with {@code Last-Event-ID} resumes without gaps.
 *
 * <p>Across several instances the hub needs PostgreSQL LISTEN/NOTIFY to fan out; this instance-local
 * hub is the first step.
 */
@Component
public class LiveHub implements SmartLifecycle {

    private static final int HISTORY = 100;
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Set<SseEmitter>> subscribers = new ConcurrentHashMap<>();
    private final Map<String, Deque<Event>> history = new ConcurrentHashMap<>();
    private volatile boolean running;

    /** Subscribes to a topic, first replaying what was missed since {@code lastEventId}. */
    public SseEmitter subscribe(String topic, @Nullable String lastEventId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> topicSubscribers = subscribers.computeIfAbsent(topic, key -> new CopyOnWriteArraySet<>());
        topicSubscribers.add(emitter);
        emitter.onCompletion(() -> topicSubscribers.remove(emitter));
        emitter.onTimeout(() -> topicSubscribers.remove(emitter));
        emitter.onError(error -> topicSubscribers.remove(emitter));
        try {
            // A comment first: it sends the headers at once, so the client knows the stream is open.
            emitter.send(SseEmitter.event().comment("connected"));
        }
        catch (IOException e) {
            topicSubscribers.remove(emitter);
        }
        long since = parse(lastEventId);
        for (Event missed : missedSince(topic, since)) {
            send(emitter, missed, topicSubscribers);
        }
        return emitter;
    }

    /** Sends an event to every subscriber of a topic. */
    public void publish(String topic, String name, Object data) {
        Event event = new Event(ids.incrementAndGet(), name, data);
        Deque<Event> recent = history.computeIfAbsent(topic, key -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(event);
            while (recent.size() > HISTORY) {
                recent.removeFirst();
            }
        }
        Set<SseEmitter> topicSubscribers = subscribers.getOrDefault(topic, Set.of());
        for (SseEmitter emitter : topicSubscribers) {
            send(emitter, event, topicSubscribers);
        }
    }

    private List<Event> missedSince(String topic, long since) {
        Deque<Event> recent = history.get(topic);
        if (recent == null || since < 0) {
            return List.of();
        }
        synchronized (recent) {
            return recent.stream().filter(event -> event.id() > since).toList();
        }
    }

    private static void send(SseEmitter emitter, Event event, Set<SseEmitter> topicSubscribers) {
        try {
            emitter.send(SseEmitter.event().id(Long.toString(event.id())).name(event.name())
                    .data(event.data(), MediaType.APPLICATION_JSON));
        }
        catch (IOException | IllegalStateException e) {
            // The client went away; it reconnects with Last-Event-ID if it still cares.
            topicSubscribers.remove(emitter);
        }
    }

    private static long parse(@Nullable String lastEventId) {
        try {
            return lastEventId == null ? -1 : Long.parseLong(lastEventId.strip());
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every stream first, so that a graceful shutdown need not wait for open connections. */
    @Override
    public void stop() {
        running = false;
        subscribers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private record Event(long id, String name, Object data) {
    }
}
