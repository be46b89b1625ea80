package de.lagezentrum.platform.realtime;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One event as it arrived from PostgreSQL: its data is the JSON text to send. A state event (from
 * {@link LiveHub#touch}) has a {@code stateKey}: a newer event with the same key replaces it wherever it
 * still waits (a stream's queue, a topic's history), since only the latest state matters.
 */
record Event(long id, String topic, String name, String data, Instant receivedAt, @Nullable String stateKey) {

    Event(long id, String topic, String name, String data, Instant receivedAt) {
        this(id, topic, name, data, receivedAt, null);
    }

    /** The key of a state event of a name and key, unique within its topic. */
    static String stateKey(String name, String key) {
        return name + '\u0000' + key;
    }
}
