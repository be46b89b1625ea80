package de.lagezentrum.live.polls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.live.PollResults;
import de.lagezentrum.live.events.EventStreams;
import de.lagezentrum.live.polls.PollStore.PollRow;
import de.lagezentrum.platform.database.TenantScope;

/**
 * Publishes poll results a few times a second, not once per vote: a committed batch marks its polls dirty,
 * and every {@link #PERIOD_MILLIS} ms this instance reads the counts of each dirty poll and sends
 * {@code results} with them — to everybody, or only to the team while the results are hidden. It runs
 * outside any vote's transaction, so NOTIFY's commit lock is taken a few times a second per municipality,
 * never per vote. (A stand-in until the platform's hub coalesces state itself.)
 */
@Component
public class ResultsCoalescer {

    static final long PERIOD_MILLIS = 200;
    static final String RESULTS = "results";

    private static final Logger log = LoggerFactory.getLogger(ResultsCoalescer.class);

    private final PollStore store;
    private final EventStreams streams;
    private final TransactionTemplate transactions;
    private final Set<Dirty> dirty = ConcurrentHashMap.newKeySet();

    ResultsCoalescer(PollStore store, EventStreams streams, PlatformTransactionManager transactions) {
        this.store = store;
        this.streams = streams;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** A poll whose results changed. */
    public record Dirty(UUID tenantId, UUID eventId, UUID pollId) {
    }

    /** Marks a poll's results as changed: they go out with the next flush. */
    public void dirty(Dirty poll) {
        dirty.add(poll);
    }

    @Scheduled(fixedDelay = PERIOD_MILLIS)
    void flush() {
        if (dirty.isEmpty()) {
            return;
        }
        List<Dirty> taken = new ArrayList<>();
        for (Dirty poll : dirty) {
            if (dirty.remove(poll)) {
                taken.add(poll);
            }
        }
        Map<UUID, List<Dirty>> byTenant = taken.stream()
                .collect(Collectors.groupingBy(Dirty::tenantId, LinkedHashMap::new, Collectors.toList()));
        byTenant.forEach((tenantId, polls) -> {
            try {
                TenantScope.run(tenantId, () -> transactions.executeWithoutResult(status -> polls.forEach(poll ->
                        store.find(tenantId, poll.pollId()).ifPresent(row -> publish(row, store.results(row))))));
            }
            catch (RuntimeException e) {
                // Try again with the next flush: the counts are in the database, only the message is late.
                log.warn("Publishing the results of {} polls failed", polls.size(), e);
                dirty.addAll(polls);
            }
        });
    }

    /** Sends a poll's results to whoever may see them (in the caller's transaction). */
    public void publish(PollRow row, PollResults results) {
        Map<String, Object> data = message(results);
        if (row.view().resultsPublic()) {
            streams.toEveryone(row.view().eventId(), RESULTS, data);
        }
        else {
            streams.toTeam(row.view().eventId(), RESULTS, data);
        }
    }

    /** The {@code results} event's data: {@code {"pollId","total","options":[{"id","count"}]}}. */
    static Map<String, Object> message(PollResults results) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pollId", results.pollId().toString());
        data.put("total", results.total());
        data.put("options", results.options().stream()
                .map(count -> Map.of("id", count.id(), "count", count.count())).toList());
        return data;
    }
}
