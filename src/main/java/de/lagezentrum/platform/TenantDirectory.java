package de.lagezentrum.platform;

import java.util.List;
import java.util.UUID;

/**
 * What the platform needs to know about municipalities without depending on the module that owns
 * them: which one answers anonymous requests, and whom to tell about feedback.
 */
public interface TenantDirectory {

    /** The municipality of anonymous visitors (the first one of the installation). */
    UUID defaultTenantId();

    /** E-mail addresses of the enabled admins of a municipality. */
    List<String> adminEmails(UUID tenantId);
}
