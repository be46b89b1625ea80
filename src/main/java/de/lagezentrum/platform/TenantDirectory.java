package de.lagezentrum.platform;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What the platform needs to know about municipalities without depending on the module that owns
 * them: which one answers anonymous requests, its time zone, and whom to tell about feedback.
 */
public interface TenantDirectory {

    /** The municipality of anonymous visitors (the first one of the installation). */
    UUID defaultTenantId();

    /**
     * The time zone of a municipality (briefly cached: a changed zone shows within seconds). Also asked for
     * anonymous requests, with {@link #defaultTenantId()}.
     */
    ZoneId timeZone(UUID tenantId);

    /** E-mail addresses of the enabled admins of a municipality. */
    List<String> adminEmails(UUID tenantId);
}
