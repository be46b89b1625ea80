package de.lagezentrum.organisation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A department (Fachbereich, Amt) of a municipality. */
@Table(schema = "organisation", name = "department")
class Department {

    @Id
    private final UUID id;
    private final UUID tenantId;
    private String name;
    private String shortName;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    Department(UUID id, UUID tenantId, String name, String shortName, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.name = name;
        this.shortName = shortName;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Department create(UUID tenantId, String name, String shortName, Instant now) {
        return new Department(UUID.randomUUID(), tenantId, name.strip(), shortName.strip(), now, null);
    }

    /** Renames the department, as of the version the editor saw. */
    Department rename(String newName, String newShortName, long expectedVersion) {
        this.name = newName.strip();
        this.shortName = newShortName.strip();
        this.version = expectedVersion;
        return this;
    }

    DepartmentView view() {
        return new DepartmentView(id, name, shortName, version == null ? 0 : version);
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }
}
