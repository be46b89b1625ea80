package de.lagezentrum.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;

/**
 * The time zone of each municipality, cached for {@link #TIME_TO_LIVE}: every shown time asks for it,
 * so it must not cost a query each. A change on this instance takes effect at once, on the others of
 * a cluster within the time to live.
 */
@Component
class TenantZones {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    private final TenantRepository tenants;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    TenantZones(TenantRepository tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The zone of a municipality; Europe/Berlin for an unknown id. */
    ZoneId zoneOf(UUID tenantId) {
        Instant now = clock.instant();
        Cached cached = cache.get(tenantId);
        if (cached == null || cached.until().isBefore(now)) {
            // Also asked for anonymous pages and for other municipalities' times: read as the public directory.
            ZoneId zone = ZoneId.of(TenantScope.call(Purpose.PUBLIC, () -> tenants.findById(tenantId))
                    .map(Tenant::timeZone).orElse(Tenant.DEFAULT_ZONE));
            cached = new Cached(zone, now.plus(TIME_TO_LIVE));
            cache.put(tenantId, cached);
        }
        return cached.zone();
    }

    void changed(UUID tenantId) {
        cache.remove(tenantId);
    }

    private record Cached(ZoneId zone, Instant until) {
    }
}
