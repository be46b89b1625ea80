package de.lagezentrum.organisation;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An admin's edit of a person and, if there is one, the account.
 *
 * @param details name, contact, department
 * @param roles roles of the account (ignored without account)
 * @param enabled whether the account may sign in
 * @param newPassword a new password to set; null or blank keeps the current one
 * @param version the version the admin edited
 */
public record PersonChange(PersonDetails details, Set<Role> roles, boolean enabled, @Nullable String newPassword,
        long version) {

    public PersonChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
