package de.lagezentrum.organisation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A municipality as its users and the operator see it.
 *
 * @param id the tenant id
 * @param name e.g. "Musterstadt"; unique in the installation
 * @param timeZone IANA zone in which its times are shown and entered, e.g. {@code Europe/Berlin}
 * @param ars official regional key (Amtlicher Regionalschlüssel), 12 digits; null until set
 * @param demo whether demo data is (to be) loaded for it
 * @param createdAt when it was created
 * @param version for optimistic locking of its settings
 */
public record TenantView(UUID id, String name, String timeZone, @Nullable String ars, boolean demo,
        Instant createdAt, long version) {
}
