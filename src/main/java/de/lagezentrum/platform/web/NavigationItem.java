package de.lagezentrum.platform.web;

import java.util.Set;

import de.lagezentrum.platform.security.CurrentUser;

/**
 * An entry of the main navigation, contributed by a module as a bean.
 *
 * @param messageKey label in the message bundles
 * @param path where it leads
 * @param order position, ascending
 * @param roles roles that see it; empty means every signed-in user
 */
public record NavigationItem(String messageKey, String path, int order, Set<String> roles) {

    /** Whether the user may see this entry. */
    public boolean visibleTo(CurrentUser user) {
        return roles.isEmpty() || roles.stream().anyMatch(user::hasRole);
    }
}
