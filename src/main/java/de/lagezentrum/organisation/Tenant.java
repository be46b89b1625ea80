package de.lagezentrum.organisation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A municipality using the installation. */
@Table(schema = "organisation", name = "tenant")
class Tenant {

    @Id
    private final UUID id;
    private final String name;
    private final String timeZone;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    Tenant(UUID id, String name, String timeZone, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.name = name;
        this.timeZone = timeZone;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Tenant create(String name, Instant now) {
        return new Tenant(UUID.randomUUID(), name, "Europe/Berlin", now, null);
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }
}
