package de.lagezentrum.platform.realtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.realtime.ZeroWindows.Connection;

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
 * what followed that event, whichever instance it lands on. Every event is also kept in
 * {@code platform.live_event_payload} for an hour: a listener that lost its connection (a database restart,
 * a failover) reads what was published meanwhile once it listens again, so its streams miss no published
 * event. (The marks of {@link #touch} are not kept: a state changed only while the listener was away reaches
 * this instance's streams with its next change.)
 *
 * <p>State that changes at a high rate can leave {@code publish} aside: {@link #touch} only marks it
 * changed, and after the commit. (Poll results and upvote counts do not need it today: their modules
 * coalesce them themselves, {@code ResultsCoalescer} and {@code UpvoteCoalescer}, and publish a few events
 * per second.) A flusher thread sends the marks of all
 * changes of one interval ({@code lagezentrum.live.coalesce-millis}, 200 ms by default) as one
 * {@code NOTIFY} of ids only, outside every business transaction, so a burst of thousands of votes
 * costs a few notifications per second and no vote's commit waits for the notification lock. Each
 * instance reads the state once per mark with the {@link StateReader} registered for its name, and sends
 * it to the topic's streams; a newer state replaces an older one of the same key in the history and in
 * the queue of a stream that is behind.
 *
 * <p>Writing to the streams: a fixed number of sender threads (four per core). A write to a client that
 * stopped reading blocks once the socket's buffers are full, in Tomcat until the connection timeout
 * ({@code server.tomcat.connection-timeout}, its write timeout as well); meanwhile a watchdog counts such
 * stalled writes and lends the pool a thread for each, up to sixteen per core, so healthy streams keep
 * their threads. A stream whose write has not returned for {@value #STUCK_SECONDS} seconds is let go.
 * Long before that, with a few events a second, a client that stopped reading shows as a zero receive
 * window ({@link ZeroWindows}, on Linux): once it stays there for {@code lagezentrum.live.dead-reader-seconds}
 * ({@value #DEAD_READER_SECONDS} by default) its stream is let go, and its connection closes with it
 * (streams answer {@code Connection: close}).
 * Every stream gets a heartbeat comment every 20 seconds, so that proxies keep it open and a client that
 * went away is found.
 */
@Component
public class LiveHub implements SmartLifecycle, DisposableBean {

    /** The NOTIFY channel every instance listens on. */
    static final String CHANNEL = "lagezentrum_live";

    /** PostgreSQL refuses payloads of 8,000 bytes and more; larger events go by reference. */
    static final int MAX_PAYLOAD_BYTES = 7_900;

    /** Longer topic, name and key would not leave room for a batch of marks in one notification. */
    static final int MAX_STATE_KEY_CHARS = 1_000;

    static final int STUCK_SECONDS = 30;

    /**
     * See {@link ZeroWindows}: with a look every 5 seconds, a client is let go within 20 seconds of its
     * window closing.
     */
    static final int DEAD_READER_SECONDS = 15;

    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);
    /** A write this long under way counts as stalled, and the pool gets a thread in its stead. */
    private static final Duration STALLED = Duration.ofMillis(500);
    private static final Duration WATCH_EVERY = Duration.ofMillis(250);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** A topic nobody listens to is forgotten once its newest event is this old. */
    private static final Duration IDLE = Duration.ofHours(1);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(10);
    /** Events stay in the table this long, for instances that read them late or missed their notification. */
    private static final Duration PAYLOAD_RETENTION = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    /** Writes events to the streams, one stream at a time per thread. */
    private final ThreadPoolExecutor sender;
    private final int senderThreads;
    private final int maxSenderThreads;
    /** Reads states for the streams of this instance, off the listener's thread. */
    private final ExecutorService readers = Executors.newFixedThreadPool(2, daemon("lagezentrum-live-read"));
    /** The heartbeat and the watchdog of stalled writes. */
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            daemon("lagezentrum-live-watch"));
    private final NotificationListener listener;
    private final Duration coalesce;
    private final Duration stuck;
    private final Duration heartbeat;
    /** A client at a zero window this long without a break has stopped reading and is let go. */
    private final Duration deadReader;
    /** How often the connections are looked at for zero windows. */
    private final Duration scanEvery;
    private final Supplier<Set<Connection>> zeroWindows;
    private volatile long lastScan = System.nanoTime();
    private final Map<String, StateReader> stateReaders = new ConcurrentHashMap<>();
    /** States touched and committed, not yet sent. */
    private final Set<StateMark> touched = ConcurrentHashMap.newKeySet();
    /** States to read, with the id of the newest mark of each; a mark arriving meanwhile is merged. */
    private final Map<StateMark, Long> toRead = new ConcurrentHashMap<>();
    /** Streams let go whose last write has not returned yet. */
    private final Set<Subscriber> dropped = ConcurrentHashMap.newKeySet();
    private final Object flushMonitor = new Object();
    private @Nullable Thread flusher;
    private @Nullable ScheduledFuture<?> watching;
    private volatile long lastHeartbeat = System.nanoTime();
    private volatile boolean running;

    /** Reads the current state that a {@link #touch} marked changed; runs as the mark's municipality. */
    @FunctionalInterface
    public interface StateReader {

        /**
         * The state to send as the event's data (as JSON), or {@code null} to send nothing. Runs inside
         * {@link TenantScope#run(UUID, Runnable)} of the mark's municipality; open a (read-only)
         * transaction in it, so that the tenant's rows are visible.
         */
        @Nullable Object read(UUID tenantId, String topic, String key);
    }

    /** One changed state: a municipality's topic, the event name and the key of the thing that changed. */
    record StateMark(UUID tenantId, String topic, String name, String key) {
    }

    @Autowired
    public LiveHub(DataSource dataSource, JsonMapper json,
            @Value("${lagezentrum.live.coalesce-millis:200}") long coalesceMillis,
            @Value("${lagezentrum.live.dead-reader-seconds:" + DEAD_READER_SECONDS + "}") long deadReaderSeconds) {
        this(dataSource, json, Clock.systemUTC(), Duration.ofMillis(coalesceMillis),
                Duration.ofSeconds(STUCK_SECONDS), Duration.ofSeconds(20), Duration.ofSeconds(deadReaderSeconds),
                ZeroWindows::now);
    }

    LiveHub(DataSource dataSource, JsonMapper json) {
        this(dataSource, json, 200, DEAD_READER_SECONDS);
    }

    LiveHub(DataSource dataSource, JsonMapper json, Clock clock, Duration coalesce, Duration stuck,
            Duration heartbeat) {
        this(dataSource, json, clock, coalesce, stuck, heartbeat, Duration.ofSeconds(DEAD_READER_SECONDS),
                ZeroWindows::now);
    }

    LiveHub(DataSource dataSource, JsonMapper json, Clock clock, Duration coalesce, Duration stuck,
            Duration heartbeat, Duration deadReader, Supplier<Set<Connection>> zeroWindows) {
        this.jdbc = JdbcClient.create(dataSource);
        this.json = json;
        this.clock = clock;
        this.coalesce = coalesce;
        this.stuck = stuck;
        this.heartbeat = heartbeat;
        this.deadReader = deadReader;
        // four looks within the period, at most one every 5 seconds (the files list every connection)
        this.scanEvery = Duration.ofMillis(Math.max(WATCH_EVERY.toMillis(),
                Math.min(Duration.ofSeconds(5).toMillis(), deadReader.toMillis() / 4)));
        this.zeroWindows = zeroWindows;
        int cores = Runtime.getRuntime().availableProcessors();
        this.senderThreads = Math.max(4, 4 * cores);
        this.maxSenderThreads = Math.max(16, 16 * cores);
        this.sender = new ThreadPoolExecutor(senderThreads, maxSenderThreads, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), daemon("lagezentrum-live-send"));
        this.listener = new NotificationListener(dataSource, CHANNEL, this::receive, this::sweep, this::catchUp);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Subscribes to a topic, first replaying what was missed after the event {@code lastEventId}.
     */
    public SseEmitter subscribe(String topicName, @Nullable String lastEventId) {
        return subscribe(topicName, lastEventId, new StreamEmitter(TIMEOUT.toMillis()), currentConnection());
    }

    SseEmitter subscribe(String topicName, @Nullable String lastEventId, SseEmitter emitter) {
        return subscribe(topicName, lastEventId, emitter, null);
    }

    SseEmitter subscribe(String topicName, @Nullable String lastEventId, SseEmitter emitter,
            @Nullable Connection connection) {
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
            if (topic.subscribe(emitter, since, connection)) {
                return emitter;
            }
            // The topic was just forgotten as idle; take the fresh one.
        }
    }

    /** The connection of the request being served, as its socket has it (not as forwarded headers say). */
    private static @Nullable Connection currentConnection() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        return Connection.of(request.getLocalPort(), request.getRemoteAddr(), request.getRemotePort());
    }

    /**
     * A stream's emitter: its connection ends with the stream ({@code Connection: close}), so that a
     * stream the hub lets go frees its socket at once instead of idling as a kept-alive connection to a
     * client that no longer reads. (A browser's {@code EventSource} opens a new connection to reconnect.)
     */
    private static final class StreamEmitter extends SseEmitter {

        StreamEmitter(long timeout) {
            super(timeout);
        }

        @Override
        protected void extendResponse(ServerHttpResponse outputMessage) {
            super.extendResponse(outputMessage);
            outputMessage.getHeaders().set(HttpHeaders.CONNECTION, "close");
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
        // Kept for a while: for a listener that was away when the notification went out, and for an event too
        // large for a notification, which then carries only the id.
        jdbc.sql("INSERT INTO platform.live_event_payload (id, topic, name, data) VALUES (?, ?, ?, ?)")
                .params(id, topic, name, json.writeValueAsString(dataNode)).update();
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            payload = json.writeValueAsString(json.createObjectNode().put("id", id).put("ref", true));
        }
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, payload).query((RowCallbackHandler) row -> { });
    }

    /**
     * Marks a state changed: every instance re-reads it with the reader registered for {@code name} and
     * sends it to the topic's streams as an event {@code name}. Inside a transaction the mark counts once
     * that commits (never if it rolls back); marks are sent a few times per second at most, so call it on
     * every change. The topic, name and key together must stay under {@value #MAX_STATE_KEY_CHARS}
     * characters.
     */
    public void touch(UUID tenantId, String topic, String name, String key) {
        if (topic.length() + name.length() + key.length() > MAX_STATE_KEY_CHARS) {
            throw new IllegalArgumentException("Topic, name and key of a live state are too long");
        }
        StateMark mark = new StateMark(tenantId, topic, name, key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mark(mark);
                }
            });
        }
        else {
            mark(mark);
        }
    }

    /** Registers how this instance reads the state of the events {@code name}; one reader per name. */
    public void registerState(String name, StateReader reader) {
        if (stateReaders.putIfAbsent(name, reader) != null) {
            throw new IllegalStateException("A state reader for live events '" + name + "' is registered already");
        }
    }

    private void mark(StateMark mark) {
        if (touched.add(mark)) {
            synchronized (flushMonitor) {
                flushMonitor.notifyAll();
            }
        }
    }

    /**
     * Sends what was touched, then waits one interval: the first change after a quiet spell goes out at
     * once, a burst at most once per interval.
     */
    private void flushLoop() {
        while (running) {
            synchronized (flushMonitor) {
                while (running && touched.isEmpty()) {
                    try {
                        flushMonitor.wait(1_000);
                    }
                    catch (InterruptedException e) {
                        return;
                    }
                }
            }
            if (!running) {
                return;
            }
            List<StateMark> batch = new ArrayList<>();
            for (StateMark mark : touched) {
                if (touched.remove(mark)) {
                    batch.add(mark);
                }
            }
            try {
                notifyMarks(batch);
            }
            catch (RuntimeException e) {
                // The database is away: keep the marks for the next attempt.
                touched.addAll(batch);
                log.warn("Live updates: could not send {} state changes ({}); retrying", batch.size(), e.getMessage());
            }
            try {
                Thread.sleep(coalesce.toMillis());
            }
            catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One NOTIFY per batch that fits into a payload, in auto-commit on a connection of the pool. */
    private void notifyMarks(List<StateMark> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("SELECT nextval('platform.live_event_id') FROM generate_series(1, ?)")
                .param(batch.size()).query(Long.class).list();
        ArrayNode states = json.createArrayNode();
        int bytes = 0;
        for (int i = 0; i < batch.size(); i++) {
            StateMark mark = batch.get(i);
            ArrayNode entry = json.createArrayNode().add(ids.get(i)).add(mark.tenantId().toString())
                    .add(mark.topic()).add(mark.name()).add(mark.key());
            int size = json.writeValueAsString(entry).getBytes(StandardCharsets.UTF_8).length + 1;
            if (bytes + size > MAX_PAYLOAD_BYTES - 20 && !states.isEmpty()) {
                sendStates(states);
                states = json.createArrayNode();
                bytes = 0;
            }
            states.add(entry);
            bytes += size;
        }
        sendStates(states);
    }

    private void sendStates(ArrayNode states) {
        ObjectNode message = json.createObjectNode();
        message.set("states", states);
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, json.writeValueAsString(message))
                .query((RowCallbackHandler) row -> { });
    }

    /** Queues the reads of the states a notification marks changed; a mark still waiting takes the newer id. */
    private void receiveStates(JsonNode states) {
        for (JsonNode entry : states) {
            StateMark mark = new StateMark(UUID.fromString(entry.get(1).asString()), entry.get(2).asString(),
                    entry.get(3).asString(), entry.get(4).asString());
            Topic topic = topics.get(mark.topic());
            if (topic == null || !stateReaders.containsKey(mark.name())) {
                // Nobody here follows the topic, or this instance does not know the state.
                continue;
            }
            long id = entry.get(0).asLong();
            boolean[] waiting = {true};
            toRead.compute(mark, (key, older) -> {
                waiting[0] = older != null;
                return older == null ? id : Math.max(older, id);
            });
            if (!waiting[0]) {
                readers.execute(() -> read(mark));
            }
        }
    }

    /**
     * Reads one state once for all streams of this instance, and sends it; again if a newer mark arrived
     * meanwhile. One task per state at a time, so an older read never overtakes a newer one.
     */
    private void read(StateMark mark) {
        while (true) {
            Long id = toRead.get(mark);
            StateReader reader = stateReaders.get(mark.name());
            if (id == null || reader == null) {
                return;
            }
            readAndDeliver(mark, id, reader);
            if (toRead.remove(mark, id)) {
                return;
            }
        }
    }

    private void readAndDeliver(StateMark mark, long id, StateReader reader) {
        Object state;
        try {
            Object[] result = new Object[1];
            TenantScope.run(mark.tenantId(), () -> result[0] = reader.read(mark.tenantId(), mark.topic(), mark.key()));
            state = result[0];
        }
        catch (RuntimeException e) {
            log.warn("Live updates: could not read the state {} of {}", mark.name(), mark.topic(), e);
            return;
        }
        if (state == null) {
            return;
        }
        Event event = new Event(id, mark.topic(), mark.name(), json.writeValueAsString(state), clock.instant(),
                Event.stateKey(mark.name(), mark.key()));
        topics.computeIfAbsent(mark.topic(), key -> new Topic(sender)).deliver(event);
    }

    /** Lends the pool a thread per stalled write, lets stuck streams go, and sends the heartbeats. */
    private void watch() {
        try {
            long now = System.nanoTime();
            boolean beat = now - lastHeartbeat >= heartbeat.toNanos();
            if (beat) {
                lastHeartbeat = now;
            }
            // Streams let go still hold their thread until their write fails.
            dropped.removeIf(subscriber -> subscriber.writingForNanos(now) == 0);
            int stalled = dropped.size();
            Set<Connection> zeroWindows = null;
            if (now - lastScan >= scanEvery.toNanos()) {
                lastScan = now;
                zeroWindows = this.zeroWindows.get();
            }
            for (Topic topic : topics.values()) {
                for (Subscriber subscriber : topic.subscribers()) {
                    long writing = subscriber.writingForNanos(now);
                    if (zeroWindows != null && subscriber.notReadingForNanos(zeroWindows, now) >= deadReader.toNanos()) {
                        // Stopped reading: let go before its write blocks; its connection closes once the
                        // end of the stream is written into the socket's buffer.
                        subscriber.drop();
                        dropped.add(subscriber);
                    }
                    else if (writing >= stuck.toNanos()) {
                        subscriber.drop();
                        dropped.add(subscriber);
                    }
                    else if (writing >= STALLED.toNanos()) {
                        stalled++;
                    }
                    else if (beat) {
                        subscriber.heartbeat();
                    }
                }
            }
            int threads = Math.min(maxSenderThreads, senderThreads + stalled);
            if (threads != sender.getCorePoolSize()) {
                sender.setCorePoolSize(threads);
            }
        }
        catch (RuntimeException e) {
            log.warn("Live updates: the watchdog failed", e);
        }
    }

    /** Events waiting in the queues of a topic's streams on this instance (for tests). */
    List<Integer> queued(String topicName) {
        Topic topic = topics.get(topicName);
        return topic == null ? List.of() : topic.subscribers().stream().map(Subscriber::queued).toList();
    }

    /** Handles one notification on the listener's thread. */
    private void receive(PGNotification notification, NotificationListener.PayloadReader reader) {
        Event event;
        try {
            JsonNode message = json.readTree(notification.getParameter());
            if (message.has("states")) {
                receiveStates(message.get("states"));
                return;
            }
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

    /**
     * Hands the events published while the listener was away to the topics followed here; those that arrived
     * anyway are not sent twice.
     */
    private void catchUp(List<Event> missed) {
        for (Event event : missed) {
            Topic topic = topics.get(event.topic());
            if (topic != null) {
                topic.deliver(event);
            }
        }
    }

    /** Once a minute on the listener's thread: forgets idle topics and deletes events kept long enough. */
    private void sweep() {
        forgetIdleTopics();
        try {
            jdbc.sql("DELETE FROM platform.live_event_payload WHERE created_at < now() - make_interval(secs => ?)")
                    .param(PAYLOAD_RETENTION.toSeconds()).update();
        }
        catch (RuntimeException e) {
            log.warn("Live updates: could not delete old events ({})", e.getMessage());
        }
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
        Thread flushing = new Thread(this::flushLoop, "lagezentrum-live-flush");
        flushing.setDaemon(true);
        flusher = flushing;
        flushing.start();
        watching = watchdog.scheduleWithFixedDelay(this::watch, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        if (!listener.awaitListening(STARTUP_WAIT)) {
            log.warn("Live updates: not yet listening to PostgreSQL; retrying in the background");
        }
    }

    /**
     * Ends every stream first, so that a graceful shutdown need not wait for open connections. The hub
     * can start again afterwards (Spring's test context cache stops the beans of a context it pauses and
     * starts them when a test needs the context again); {@link #destroy()} releases its threads for good.
     */
    @Override
    public void stop() {
        running = false;
        topics.values().forEach(Topic::completeAll);
        listener.stop();
        Thread flushing = flusher;
        if (flushing != null) {
            synchronized (flushMonitor) {
                flushMonitor.notifyAll();
            }
            try {
                flushing.join(TimeUnit.SECONDS.toMillis(5));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // What was touched at the very end still goes out, for the other instances.
            List<StateMark> rest = new ArrayList<>(touched);
            touched.clear();
            try {
                notifyMarks(rest);
            }
            catch (RuntimeException e) {
                log.warn("Live updates: {} state changes not sent at shutdown", rest.size());
            }
        }
        ScheduledFuture<?> watch = watching;
        if (watch != null) {
            watch.cancel(false);
            watching = null;
        }
    }

    /** Stops the hub if it runs and ends its thread pools; it cannot start again. */
    @Override
    public void destroy() {
        if (running) {
            stop();
        }
        watchdog.shutdownNow();
        readers.shutdownNow();
        sender.shutdown();
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
