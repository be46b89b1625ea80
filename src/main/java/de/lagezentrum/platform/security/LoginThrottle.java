package de.lagezentrum.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed logins for one username (or from one client
 * address) further attempts are refused for a while, starting short and doubling up to a maximum. A
 * blocked period always ends, so the real user is never locked out for good; a successful login
 * forgets the username's failures.
 *
 * <p>Counters live in memory per instance and are bounded in size.
 */
@Component
public class LoginThrottle {

    private final SecurityProperties.Login settings;
    private final Clock clock;
    private final Cache<String, Failures> byUsername;
    private final Cache<String, Failures> byAddress;

    public LoginThrottle(SecurityProperties properties, Clock clock) {
        this.settings = properties.login();
        this.clock = clock;
        Duration keep = settings.window().plus(settings.maximumBlock());
        this.byUsername = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(100_000).build();
        this.byAddress = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(100_000).build();
    }

    /** How long attempts for this username or from this address are still refused, if they are. */
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(byUsername, key(username)), blockedUntil(byAddress, address));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Records a failed attempt. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        byUsername.asMap().compute(key(username), (k, old) -> next(old, now, settings.maxFailures()));
        byAddress.asMap().compute(address, (k, old) -> next(old, now, settings.maxFailuresPerAddress()));
    }

    /** Records a successful login: the username's failures are forgotten. */
    public void succeeded(String username) {
        byUsername.invalidate(key(username));
    }

    private Failures next(Failures old, Instant now, int allowed) {
        Failures current = old == null || old.expired(now, settings.window()) ? new Failures(0, now, Instant.MIN) : old;
        int count = current.count() + 1;
        Instant blockedUntil = current.blockedUntil();
        if (count >= allowed) {
            int doublings = Math.min(count - allowed, 20);
            Duration block = settings.initialBlock().multipliedBy(1L << doublings);
            if (block.compareTo(settings.maximumBlock()) > 0) {
                block = settings.maximumBlock();
            }
            blockedUntil = now.plus(block);
        }
        return new Failures(count, current.firstAt(), blockedUntil);
    }

    private static Instant blockedUntil(Cache<String, Failures> cache, String key) {
        Failures failures = cache.getIfPresent(key);
        return failures == null ? Instant.MIN : failures.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant firstAt, Instant blockedUntil) {

        boolean expired(Instant now, Duration window) {
            return now.isAfter(blockedUntil) && firstAt.plus(window).isBefore(now);
        }
    }
}
