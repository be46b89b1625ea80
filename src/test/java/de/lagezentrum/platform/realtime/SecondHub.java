package de.lagezentrum.platform.realtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second instance's hub for tests of other modules: its own listener connection on the same database,
 * as a second instance behind a load balancer has, and streams that record what would go over the wire.
 * Close it after the test ({@link #close()}).
 */
public final class SecondHub implements AutoCloseable {

    private final LiveHub hub;

    /** Starts a hub on the data source; returns once it listens (or after the hub's start-up wait). */
    public SecondHub(DataSource dataSource, JsonMapper json) {
        this.hub = new LiveHub(dataSource, json);
        hub.start();
    }

    /** Opens a stream of a topic on this instance, resuming after {@code lastEventId} if given. */
    public Stream subscribe(String topic, @Nullable String lastEventId) {
        Stream stream = new Stream();
        hub.subscribe(topic, lastEventId, stream);
        return stream;
    }

    /** The backend process id of this hub's listener connection, {@code -1} while it does not listen. */
    public int listenerPid() {
        return hub.listenerPid();
    }

    @Override
    public void close() {
        hub.destroy();
    }

    /** One event as a client received it. */
    public record Received(@Nullable String id, String name, @Nullable String data) {
    }

    /** One part of what an emitter writes, as text: the hub writes rendered events as bytes. */
    static String text(ResponseBodyEmitter.DataWithMediaType part) {
        return part.getData() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : part.getData().toString();
    }

    /** The event an emitter would write, read back from its lines; null for a comment (no event name). */
    static @Nullable Received received(SseEmitter.SseEventBuilder builder) {
        String text = builder.build().stream().map(SecondHub::text).collect(Collectors.joining());
        String id = null;
        String name = null;
        String data = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("id:")) {
                id = line.substring(3);
            }
            else if (line.startsWith("event:")) {
                name = line.substring(6);
            }
            else if (line.startsWith("data:")) {
                data = line.substring(5);
            }
        }
        return name == null ? null : new Received(id, name, data);
    }

    /** A stream that records its events instead of writing them to a response. */
    public static final class Stream extends SseEmitter {

        private final List<Received> events = new CopyOnWriteArrayList<>();

        @Override
        public void send(SseEventBuilder builder) {
            Received received = received(builder);
            if (received != null) {
                events.add(received);
            }
        }

        @Override
        public void complete() {
            // Nothing to close: no response behind it.
        }

        /** The events received so far, in order. */
        public List<Received> events() {
            return List.copyOf(events);
        }

        /** The data of the events of one name received so far, in order. */
        public List<String> data(String name) {
            return events.stream().filter(event -> event.name().equals(name)).map(Received::data).toList();
        }
    }
}
