package de.lagezentrum.organisation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A municipality using the installation, with the settings its admin keeps. */
@Table(schema = "organisation", name = "tenant")
class Tenant {

    static final String DEFAULT_ZONE = "Europe/Berlin";

    @Id
    private final UUID id;
    private String name;
    private String timeZone;
    private @Nullable String ars;
    private boolean demo;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    Tenant(UUID id, String name, String timeZone, @Nullable String ars, boolean demo, Instant createdAt,
            @Nullable Long version) {
        this.id = id;
        this.name = name;
        this.timeZone = timeZone;
        this.ars = ars;
        this.demo = demo;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Tenant create(String name, Instant now) {
        return new Tenant(UUID.randomUUID(), name.strip(), DEFAULT_ZONE, null, false, now, null);
    }

    /** Takes the admin's settings, as of the version the admin edited (null: whatever is current). */
    Tenant change(MunicipalitySettings settings, @Nullable Long expectedVersion) {
        this.name = settings.name().strip();
        this.timeZone = settings.timeZone().strip();
        this.ars = settings.ars() == null || settings.ars().isBlank() ? null : settings.ars().strip();
        this.demo = settings.demo();
        if (expectedVersion != null) {
            this.version = expectedVersion;
        }
        return this;
    }

    Tenant demoLoaded() {
        this.demo = true;
        return this;
    }

    TenantView view() {
        return new TenantView(id, name, timeZone, ars, demo, createdAt, version == null ? 0 : version);
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String timeZone() {
        return timeZone;
    }
}
