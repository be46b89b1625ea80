package de.lagezentrum.live.events;

import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

import de.lagezentrum.live.Participant;

/**
 * A token bucket per participant over everything they send (votes, upvotes, questions, posts, comments):
 * a script that fires 100 votes a second gets 429 after the first few, while people sharing one address
 * are not limited by each other. Per instance: behind a load balancer a participant gets at most this
 * much from each instance.
 */
@Component
public class ParticipantLimits {

    private final int perSecond;
    private final Cache<UUID, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5))
            .maximumSize(500_000).build();

    ParticipantLimits(LiveProperties properties) {
        this.perSecond = properties.participantRequestsPerSecond();
    }

    /** Whether the participant may send one more request now. */
    public boolean allow(Participant participant) {
        return buckets.get(participant.id(), id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perSecond * 2L).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build()).tryConsume(1);
    }
}
