package de.lagezentrum.organisation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The login of a person: username, password hash (none for single sign-on only), roles. */
@Table(schema = "organisation", name = "account")
class Account {

    @Id
    private final UUID id;
    private final UUID tenantId;
    private final UUID personId;
    private final String username;
    private @Nullable String passwordHash;
    private boolean enabled;
    private final boolean external;
    private final Instant createdAt;
    private @Nullable Instant lastLoginAt;
    @MappedCollection(idColumn = "account_id")
    private Set<AccountRole> roles;
    @Version
    private @Nullable Long version;

    Account(UUID id, UUID tenantId, UUID personId, String username, @Nullable String passwordHash, boolean enabled,
            boolean external, Instant createdAt, @Nullable Instant lastLoginAt, Set<AccountRole> roles,
            @Nullable Long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.personId = personId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.external = external;
        this.createdAt = createdAt;
        this.lastLoginAt = lastLoginAt;
        this.roles = roles;
        this.version = version;
    }

    static Account create(UUID tenantId, UUID personId, String username, @Nullable String passwordHash,
            Set<Role> roles, boolean external, Instant now) {
        return new Account(UUID.randomUUID(), tenantId, personId, username.strip(), passwordHash, true, external, now,
                null, toRows(roles), null);
    }

    Account changeRoles(Set<Role> newRoles) {
        this.roles = toRows(newRoles);
        return this;
    }

    Account changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        return this;
    }

    Account enable(boolean enabled) {
        this.enabled = enabled;
        return this;
    }

    Account loggedIn(Instant when) {
        this.lastLoginAt = when;
        return this;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID personId() {
        return personId;
    }

    String username() {
        return username;
    }

    @Nullable String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean external() {
        return external;
    }

    @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : roles.stream().map(AccountRole::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static Set<AccountRole> toRows(Set<Role> roles) {
        return roles.stream().map(AccountRole::new).collect(Collectors.toSet());
    }

    /** One role of an account. */
    @Table(schema = "organisation", name = "account_role")
    record AccountRole(Role role) {
    }
}
