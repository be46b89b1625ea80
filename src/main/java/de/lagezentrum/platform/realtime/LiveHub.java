package de.lagezentrum.platform.realtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hub for Server-Sent Events: subscribers of a topic (e.g. {@code session:<id>}) get small
 * messages that say what changed, and re-read state themselves.
 *
 * <p>Every instance of the application has one hub, and they all share one PostgreSQL. An event is
 * published with {@code NOTIFY} (in the publisher's transaction, so it goes out when that commits and
 * never if it rolls back); each hub listens on its own connection and hands what it receives, its own
 * events included, to its subscribers. Ids come from a database sequence, so they are unique across
 * instances. Each hub keeps the last 100 events of a topic in the order PostgreSQL delivered them (the
 * commit order, the same on every instance), so a reconnect with {@code Last-Event-ID} gets exactly
 * what followed that event, whichever instance it lands on.
 */
@Component
public class LiveHub implements SmartLifecycle {

    /** The NOTIFY channel every instance listens on. */
    static final String CHANNEL = "lagezentrum_live";

    /** PostgreSQL refuses payloads of 8,000 bytes and more; larger events go by reference. */
    static final int MAX_PAYLOAD_BYTES = 7_900;

    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** A topic nobody listens to is forgotten once its newest event is this old. */
    private static final Duration IDLE = Duration.ofHours(1);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(10);
    /** Oversized payloads stay in the table this long, for instances that read them late. */
    private static final Duration PAYLOAD_RETENTION = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    /** Writes events to the streams, one stream at a time per thread; idle threads end after a minute. */
    private final ExecutorService sender = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "lagezentrum-live-send");
        thread.setDaemon(true);
        return thread;
    });
    private final NotificationListener listener;
    private volatile boolean running;

    @Autowired
    public LiveHub(DataSource dataSource, JsonMapper json) {
        this(dataSource, json, Clock.systemUTC());
    }

    LiveHub(DataSource dataSource, JsonMapper json, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.json = json;
        this.clock = clock;
        this.listener = new NotificationListener(dataSource, CHANNEL, this::receive, this::forgetIdleTopics);
    }

    /**
     * Subscribes to a topic, first replaying what was missed after the event {@code lastEventId}.
     */
    public SseEmitter subscribe(String topicName, @Nullable String lastEventId) {
        return subscribe(topicName, lastEventId, new SseEmitter(TIMEOUT.toMillis()));
    }

    SseEmitter subscribe(String topicName, @Nullable String lastEventId, SseEmitter emitter) {
        long since = parse(lastEventId);
        try {
            // A comment first, before any topic lock: it sends the headers at once, so the client knows the
            // stream is open.
            emitter.send(SseEmitter.event().comment("connected"));
        }
        catch (IOException e) {
            return emitter;
        }
        while (true) {
            Topic topic = topics.computeIfAbsent(topicName, key -> new Topic(sender));
            if (topic.subscribe(emitter, since)) {
                return emitter;
            }
            // The topic was just forgotten as idle; take the fresh one.
        }
    }

    /**
     * Publishes an event to the subscribers of a topic on every instance. Call it inside the transaction
     * that makes the change: the event goes out when that commits, never if it rolls back. Outside a
     * transaction it goes out at once. (From an after-commit callback it goes out as well: the transaction
     * manager commits those statements when it turns auto-commit back on.) Not from a read-only
     * transaction: the id comes from a sequence. The data is sent as JSON; keep it small, it says what
     * changed.
     */
    public void publish(String topic, String name, Object data) {
        long id = jdbc.sql("SELECT nextval('platform.live_event_id')").query(Long.class).single();
        JsonNode dataNode = json.valueToTree(data);
        ObjectNode message = json.createObjectNode().put("id", id).put("topic", topic).put("name", name);
        message.set("data", dataNode);
        String payload = json.writeValueAsString(message);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            jdbc.sql("DELETE FROM platform.live_event_payload WHERE created_at < now() - make_interval(secs => ?)")
                    .param(PAYLOAD_RETENTION.toSeconds()).update();
            jdbc.sql("INSERT INTO platform.live_event_payload (id, topic, name, data) VALUES (?, ?, ?, ?)")
                    .params(id, topic, name, json.writeValueAsString(dataNode)).update();
            payload = json.writeValueAsString(json.createObjectNode().put("id", id).put("ref", true));
        }
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, payload).query((RowCallbackHandler) row -> { });
    }

    /** Handles one notification on the listener's thread. */
    private void receive(PGNotification notification, NotificationListener.PayloadReader reader) {
        Event event;
        try {
            JsonNode message = json.readTree(notification.getParameter());
            long id = message.get("id").asLong();
            if (message.path("ref").asBoolean(false)) {
                event = reader.read(id);
                if (event == null) {
                    log.warn("Live event {} arrived by reference, but its data is gone", id);
                    return;
                }
            }
            else {
                event = new Event(id, message.get("topic").asString(), message.get("name").asString(),
                        json.writeValueAsString(message.get("data")), clock.instant());
            }
        }
        catch (RuntimeException e) {
            log.warn("Ignoring a malformed live event: {}", notification.getParameter(), e);
            return;
        }
        Topic topic = topics.computeIfAbsent(event.topic(), key -> new Topic(sender));
        topic.deliver(event);
    }

    /** Forgets topics nobody listens to whose newest event is old, so the history does not grow forever. */
    private void forgetIdleTopics() {
        var oldest = clock.instant().minus(IDLE);
        for (String name : topics.keySet()) {
            topics.computeIfPresent(name, (key, topic) -> topic.forgetIfIdleSince(oldest) ? null : topic);
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

    /** The backend process id of the listener's connection, or {@code -1} while it is not listening. */
    int listenerPid() {
        return listener.backendPid();
    }

    /**
     * Starts listening; waits a little for the first {@code LISTEN}, so that events published right
     * after start-up are not missed, but starts anyway (and keeps trying) while the database is away.
     */
    @Override
    public void start() {
        running = true;
        listener.start();
        if (!listener.awaitListening(STARTUP_WAIT)) {
            log.warn("Live updates: not yet listening to PostgreSQL; retrying in the background");
        }
    }

    /** Ends every stream first, so that a graceful shutdown need not wait for open connections. */
    @Override
    public void stop() {
        running = false;
        topics.values().forEach(Topic::completeAll);
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
