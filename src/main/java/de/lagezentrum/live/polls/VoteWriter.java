package de.lagezentrum.live.polls;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.web.ConflictException;

/**
 * Makes votes durable in batches: request threads hand their vote over and wait on a future, one writer
 * thread collects what arrived (up to {@link #MAX_BATCH}, lingering at most {@link #LINGER_NANOS} for more)
 * and writes it with one multi-row upsert per municipality, all in ONE transaction. Only after that commits
 * are the futures completed, so an acknowledged vote is a committed vote; a failed batch fails all its
 * votes (503), none acknowledged. The commit waits for the WAL flush ({@code synchronous_commit} on), so an
 * acknowledged vote survives a crash of PostgreSQL too. One commit per batch instead of per vote is what lets a 2-core machine
 * take thousands of votes a second.
 *
 * <p>The upsert joins the poll and takes only votes of an OPEN poll: a vote that passed the cached check
 * just before the poll closed is refused (409), not counted.
 */
@Component
public class VoteWriter implements SmartLifecycle {

    static final int MAX_BATCH = 500;
    /** How long the writer waits for more votes when a batch is small: short against the vote's latency. */
    static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    /** Votes waiting beyond this are refused at once (503): the database is not keeping up. */
    static final int MAX_QUEUED = 50_000;

    private static final Logger log = LoggerFactory.getLogger(VoteWriter.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ResultsCoalescer coalescer;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
    private volatile boolean running;
    private @Nullable Thread thread;

    VoteWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions, ResultsCoalescer coalescer) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.coalescer = coalescer;
    }

    /** A vote to write; {@code optionIds} is empty for a scale or text vote. */
    public record Vote(UUID tenantId, UUID eventId, UUID pollId, UUID participantId, List<UUID> optionIds,
            @Nullable Integer value, @Nullable String text, Instant at) {
    }

    private record Pending(Vote vote, CompletableFuture<Void> done) {
    }

    /** Queues a vote; the future completes once its batch committed, or fails with a problem. */
    public CompletableFuture<Void> submit(Vote vote) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending(vote, done))) {
            done.completeExceptionally(unavailable());
        }
        return done;
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - batch.size());
                long deadline = System.nanoTime() + LINGER_NANOS;
                while (batch.size() < MAX_BATCH) {
                    long left = deadline - System.nanoTime();
                    Pending next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                    queue.drainTo(batch, MAX_BATCH - batch.size());
                }
                write(batch);
            }
            catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            }
            catch (RuntimeException e) {
                log.warn("A batch of {} votes failed; none was acknowledged", batch.size(), e);
                batch.forEach(pending -> pending.done().completeExceptionally(unavailable()));
            }
            finally {
                batch.clear();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(unavailable());
        }
    }

    /** Writes the votes as one batch on the caller's thread (for tests of a batch's all-or-nothing). */
    List<CompletableFuture<Void>> writeAsOneBatch(List<Vote> votes) {
        List<Pending> batch = votes.stream().map(vote -> new Pending(vote, new CompletableFuture<Void>())).toList();
        try {
            write(batch);
        }
        catch (RuntimeException e) {
            batch.forEach(pending -> pending.done().completeExceptionally(unavailable()));
        }
        return batch.stream().map(Pending::done).toList();
    }

    /** Writes one batch in one transaction, then completes its votes. */
    void write(List<Pending> batch) {
        // A participant's later vote in the same batch replaces the earlier one: an upsert cannot touch a row
        // twice in one statement.
        Map<Key, Pending> latest = new LinkedHashMap<>();
        for (Pending pending : batch) {
            latest.put(new Key(pending.vote().pollId(), pending.vote().participantId()), pending);
        }
        Map<UUID, List<Vote>> byTenant = latest.values().stream().map(Pending::vote)
                .collect(Collectors.groupingBy(Vote::tenantId, LinkedHashMap::new, Collectors.toList()));
        Set<Key> written = new HashSet<>();
        transactions.executeWithoutResult(status -> {
            // Acknowledged means durable, whatever the server's default: the embedded server runs with
            // synchronous_commit off, under which a crash loses the last commits. One flush per batch.
            jdbc.execute("SET LOCAL synchronous_commit TO on");
            byTenant.forEach((tenantId, votes) -> TenantScope.run(tenantId, () -> written.addAll(
                    jdbc.execute((ConnectionCallback<Set<Key>>) connection -> upsert(connection, votes)))));
        });
        Set<ResultsCoalescer.Dirty> dirty = new HashSet<>();
        for (Pending pending : batch) {
            Vote vote = pending.vote();
            if (written.contains(new Key(vote.pollId(), vote.participantId()))) {
                dirty.add(new ResultsCoalescer.Dirty(vote.tenantId(), vote.eventId(), vote.pollId()));
                pending.done().complete(null);
            }
            else {
                pending.done().completeExceptionally(new ConflictException("live.poll.not-open"));
            }
        }
        dirty.forEach(coalescer::dirty);
    }

    private static Set<Key> upsert(Connection connection, List<Vote> votes) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO live.poll_vote AS v (id, tenant_id, poll_id, participant_id, option_ids, value, text, voted_at)
                SELECT b.id, b.tenant_id, b.poll_id, b.participant_id, b.option_ids, b.value, b.text, b.voted_at
                FROM (VALUES """);
        for (int i = 0; i < votes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::uuid[], ?::int, ?::text, ?::timestamptz)");
        }
        sql.append("""
                ) AS b (id, tenant_id, poll_id, participant_id, option_ids, value, text, voted_at)
                JOIN live.poll p ON p.id = b.poll_id AND p.tenant_id = b.tenant_id AND p.status = 'OPEN'
                ON CONFLICT (poll_id, participant_id) DO UPDATE SET option_ids = EXCLUDED.option_ids,
                    value = EXCLUDED.value, text = EXCLUDED.text, voted_at = EXCLUDED.voted_at
                RETURNING v.poll_id, v.participant_id""");
        Set<Key> written = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (Vote vote : votes) {
                statement.setObject(p++, UUID.randomUUID());
                statement.setObject(p++, vote.tenantId());
                statement.setObject(p++, vote.pollId());
                statement.setObject(p++, vote.participantId());
                if (vote.optionIds().isEmpty()) {
                    statement.setNull(p++, Types.VARCHAR);
                }
                else {
                    statement.setString(p++, vote.optionIds().stream().map(UUID::toString)
                            .collect(Collectors.joining(",", "{", "}")));
                }
                if (vote.value() == null) {
                    statement.setNull(p++, Types.INTEGER);
                }
                else {
                    statement.setInt(p++, vote.value());
                }
                statement.setString(p++, vote.text());
                statement.setTimestamp(p++, Timestamp.from(vote.at()));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    written.add(new Key(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)));
                }
            }
        }
        return written;
    }

    private record Key(UUID pollId, UUID participantId) {
    }

    private static ResponseStatusException unavailable() {
        return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The vote could not be stored; please send it again");
    }

    @Override
    public void start() {
        running = true;
        Thread writer = new Thread(this::loop, "lagezentrum-poll-votes");
        writer.setDaemon(true);
        writer.start();
        thread = writer;
    }

    @Override
    public void stop() {
        running = false;
        Thread writer = thread;
        if (writer != null) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(10));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
