package de.lagezentrum.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the signed-in account, its person and tenant (municipality) and its roles. Every
 * query of a business module is scoped by {@link #tenantId()}.
 *
 * @param tenantId the municipality the account belongs to
 * @param tenantName its display name
 * @param accountId the account
 * @param personId the person the account belongs to
 * @param username the login name
 * @param displayName the person's name as shown
 * @param roles role names such as {@code ADMIN} (without {@code ROLE_} prefix)
 */
public record CurrentUser(UUID tenantId, String tenantName, UUID accountId, UUID personId, String username,
        String displayName, Set<String> roles) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    /** Whether the user has the given role (name without prefix). */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The user of the current request, if one is signed in. */
    public static Optional<CurrentUser> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The user of the current request; fails when nobody is signed in. */
    public static CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in user in this request"));
    }

    /** The user behind an authentication, if it is one of ours. */
    public static Optional<CurrentUser> from(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof CurrentUser user) {
            return Optional.of(user);
        }
        if (principal instanceof CurrentUserHolder holder) {
            return Optional.of(holder.currentUser());
        }
        return Optional.empty();
    }
}
