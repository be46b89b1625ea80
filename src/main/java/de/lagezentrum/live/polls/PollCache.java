package de.lagezentrum.live.polls;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.live.polls.PollStore.PollRow;
import de.lagezentrum.platform.database.TenantScope;

/**
 * The polls votes are checked against (status, options, range), so that a burst of votes reads no poll
 * rows. This instance forgets a poll when it changes it; another instance's change is seen within
 * {@link #FRESH} — and the writer's upsert checks the status itself, so a stale entry never admits a vote
 * into a closed poll.
 */
@Component
public class PollCache {

    static final Duration FRESH = Duration.ofSeconds(2);

    private final PollStore store;
    private final TransactionTemplate reads;
    private final Cache<Key, Optional<PollRow>> polls = Caffeine.newBuilder().expireAfterWrite(FRESH)
            .maximumSize(10_000).build();

    PollCache(PollStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    /** The poll of the municipality, if it exists. */
    public Optional<PollRow> poll(UUID tenantId, UUID pollId) {
        Optional<PollRow> row = polls.get(new Key(tenantId, pollId), key -> TenantScope.call(tenantId,
                () -> reads.execute(status -> store.find(tenantId, pollId))));
        return row == null ? Optional.empty() : row;
    }

    public void forget(UUID tenantId, UUID pollId) {
        polls.invalidate(new Key(tenantId, pollId));
    }

    /** Per municipality: a guess at another's poll id must not hide the real poll from its own participants. */
    private record Key(UUID tenantId, UUID pollId) {
    }
}
