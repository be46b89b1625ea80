package de.lagezentrum.organisation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person working for or with the municipality; may have an {@link Account}. */
@Table(schema = "organisation", name = "person")
class Person {

    @Id
    private final UUID id;
    private final UUID tenantId;
    private String displayName;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String jobTitle;
    private @Nullable UUID departmentId;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    Person(UUID id, UUID tenantId, String displayName, @Nullable String email, @Nullable String phone,
            @Nullable String jobTitle, @Nullable UUID departmentId, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.jobTitle = jobTitle;
        this.departmentId = departmentId;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Person create(UUID tenantId, PersonDetails details, Instant now) {
        var person = new Person(UUID.randomUUID(), tenantId, "", null, null, null, null, now, null);
        return person.update(details);
    }

    /** Takes over the details. */
    Person update(PersonDetails details) {
        this.displayName = details.displayName().strip();
        this.email = blankToNull(details.email());
        this.phone = blankToNull(details.phone());
        this.jobTitle = blankToNull(details.jobTitle());
        this.departmentId = details.departmentId();
        return this;
    }

    /** Guards against lost updates: the editor saw this version. */
    Person expectVersion(long expected) {
        this.version = expected;
        return this;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String displayName() {
        return displayName;
    }

    @Nullable String email() {
        return email;
    }

    @Nullable String phone() {
        return phone;
    }

    @Nullable String jobTitle() {
        return jobTitle;
    }

    @Nullable UUID departmentId() {
        return departmentId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    PersonDetails details() {
        return new PersonDetails(displayName, email, phone, jobTitle, departmentId);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
