package de.lagezentrum.platform.realtime;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import de.lagezentrum.platform.realtime.ZeroWindows.Connection;

/**
 * The subscribers and recent events of one topic. Delivering an event and subscribing (with its replay)
 * hold the topic's lock, so a new subscriber gets every event exactly once and in order. Removing a
 * subscriber does not need it: emitters call back from container threads that may hold their own locks.
 * Delivering only queues the event per subscriber ({@link Subscriber}); writing happens on the sender
 * threads, so a slow client never holds up the others.
 */
final class Topic {

    static final int HISTORY = 100;

    private final Executor sender;
    /** Not copy-on-write: a live event's join storm adds thousands of streams to one topic. */
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Deque<Event> history = new ArrayDeque<>();
    private boolean forgotten;

    Topic(Executor sender) {
        this.sender = sender;
    }

    /**
     * Registers an emitter and replays what followed {@code lastEventId}; {@code false} if this topic
     * was forgotten meanwhile and the caller must take a fresh one.
     */
    synchronized boolean subscribe(SseEmitter emitter, long lastEventId, @Nullable Connection connection) {
        if (forgotten) {
            return false;
        }
        Subscriber[] self = new Subscriber[1];
        Subscriber registered = new Subscriber(emitter, sender, () -> subscribers.remove(self[0]), connection);
        self[0] = registered;
        subscribers.add(registered);
        emitter.onCompletion(registered::close);
        emitter.onTimeout(registered::close);
        emitter.onError(error -> registered.close());
        for (Event missed : missedSince(lastEventId)) {
            registered.send(missed);
        }
        return true;
    }

    /**
     * Keeps an event in the history and sends it to every subscriber, unless it came already (a catch-up
     * after a lost listener connection overlaps the notifications).
     */
    synchronized void deliver(Event event) {
        for (Event known : history) {
            if (known.id() == event.id()) {
                return;
            }
        }
        String stateKey = event.stateKey();
        if (stateKey != null) {
            // Replay needs only the latest state of a key.
            history.removeIf(older -> stateKey.equals(older.stateKey()));
        }
        history.addLast(event);
        while (history.size() > HISTORY) {
            history.removeFirst();
        }
        for (Subscriber subscriber : subscribers) {
            subscriber.send(event);
        }
    }

    /**
     * What followed the event {@code lastEventId} in delivery order (the commit order, the same on every
     * instance). If that event is not in the history (too old, or it reached this instance before it
     * listened), everything with a larger id: ids grow in the order events were published.
     */
    private List<Event> missedSince(long lastEventId) {
        if (lastEventId < 0) {
            return List.of();
        }
        List<Event> after = new ArrayList<>();
        boolean found = false;
        for (Event event : history) {
            if (found) {
                after.add(event);
            }
            else if (event.id() == lastEventId) {
                found = true;
            }
        }
        return found ? after : history.stream().filter(event -> event.id() > lastEventId).toList();
    }

    /** Marks the topic forgotten if nobody listens and its newest event is older than {@code oldest}. */
    synchronized boolean forgetIfIdleSince(Instant oldest) {
        Event newest = history.peekLast();
        if (subscribers.isEmpty() && (newest == null || newest.receivedAt().isBefore(oldest))) {
            forgotten = true;
        }
        return forgotten;
    }

    boolean hasSubscribers() {
        return !subscribers.isEmpty();
    }

    /** Every open stream of the topic, for the heartbeat and the watchdog. */
    Set<Subscriber> subscribers() {
        return subscribers;
    }

    void completeAll() {
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }
}
