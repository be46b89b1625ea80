package de.lagezentrum.organisation;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A person to create, with an account when a username is given.
 *
 * @param details name, contact, department
 * @param roles roles of the account; must be empty without username
 * @param username login name; null for a person without account
 * @param password initial password; required with a username
 */
public record NewPerson(@Valid @NotNull PersonDetails details, Set<Role> roles, @Nullable String username,
        @Nullable String password) {

    public NewPerson {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
