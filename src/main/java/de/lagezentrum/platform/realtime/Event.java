package de.lagezentrum.platform.realtime;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One event as it arrived from PostgreSQL: its data is the JSON text to send. A state event (from
 * {@link LiveHub#touch}) has a {@code stateKey}: a newer event with the same key replaces it wherever it
 * still waits (a stream's queue, a topic's history), since only the latest state matters.
 *
 * @param wire the event as it goes over the wire, rendered once for all of a topic's streams
 */
record Event(long id, String topic, String name, String data, Instant receivedAt, @Nullable String stateKey,
        Wire wire) {

    Event(long id, String topic, String name, String data, Instant receivedAt) {
        this(id, topic, name, data, receivedAt, null);
    }

    Event(long id, String topic, String name, String data, Instant receivedAt, @Nullable String stateKey) {
        this(id, topic, name, data, receivedAt, stateKey, new Wire());
    }

    /** The key of a state event of a name and key, unique within its topic. */
    static String stateKey(String name, String key) {
        return name + '\u0000' + key;
    }

    /**
     * The event in the text/event-stream format ({@code id:}, {@code event:}, a {@code data:} line per line
     * of data, a blank line), as UTF-8: a result goes to thousands of streams, so it is rendered once.
     */
    byte[] bytes() {
        byte[] rendered = wire.bytes;
        if (rendered == null) {
            StringBuilder text = new StringBuilder(data.length() + name.length() + 32);
            text.append("id:").append(id).append('\n').append("event:").append(name).append('\n');
            for (String line : data.split("\r\n|\r|\n", -1)) {
                text.append("data:").append(line).append('\n');
            }
            text.append('\n');
            rendered = text.toString().getBytes(StandardCharsets.UTF_8);
            wire.bytes = rendered;
        }
        return rendered;
    }

    /** Holds the rendered event; written at most a few times concurrently, always with the same bytes. */
    static final class Wire {
        private volatile byte @Nullable [] bytes;

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Wire;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
