package de.lagezentrum.organisation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person with department and account as shown in lists and returned by the API.
 *
 * @param id the person
 * @param displayName name as shown
 * @param email e-mail; may be null
 * @param phone phone; may be null
 * @param jobTitle function; may be null
 * @param departmentId department; may be null
 * @param departmentName the department's name; null without department
 * @param username login name; null without account
 * @param roles roles of the account; empty without account
 * @param enabled whether the account may sign in; false without account
 * @param lastLoginAt last successful login; may be null
 * @param version for optimistic locking of edits
 */
public record PersonView(UUID id, String displayName, @Nullable String email, @Nullable String phone,
        @Nullable String jobTitle, @Nullable UUID departmentId, @Nullable String departmentName,
        @Nullable String username, Set<Role> roles, boolean enabled, @Nullable Instant lastLoginAt, long version) {

    /** Whether the person has an account. */
    public boolean hasAccount() {
        return username != null;
    }
}
