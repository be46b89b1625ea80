package de.lagezentrum.platform.web;

import java.util.Map;
import java.util.Optional;

import de.lagezentrum.platform.security.CurrentUser;

/**
 * A card on the dashboard "Lage auf einen Blick", contributed by a module as a bean. It renders the
 * Thymeleaf fragment {@link #fragment()} with the model it returns for the user.
 */
public interface DashboardSection {

    /** Position on the dashboard, ascending. */
    int order();

    /** Fragment expression, e.g. {@code organisation/dashboard :: card}. */
    String fragment();

    /** The card's model for this user, or empty when the user has nothing to see here. */
    Optional<Map<String, Object>> model(CurrentUser user);
}
