package de.lagezentrum.platform.search;

import java.util.List;

import de.lagezentrum.platform.security.CurrentUser;

/**
 * Something a module lets people find. Each module searches its own data with PostgreSQL's
 * {@code german} text search and returns only what the user may see; the search module merges.
 */
public interface SearchSource {

    /** Hits for a query (websearch syntax), at most {@code limit}, best first. */
    List<SearchHit> search(CurrentUser user, String query, int limit);
}
