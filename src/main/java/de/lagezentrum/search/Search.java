package de.lagezentrum.search;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.search.SearchHit;
import de.lagezentrum.platform.search.SearchSource;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;

/** The search module's facade: asks every source, merges by relevance. */
@Service
public class Search {

    /** Most hits one search returns. */
    public static final int LIMIT = 50;

    private final List<SearchSource> sources;

    Search(List<SearchSource> sources) {
        this.sources = sources;
    }

    /** Hits for a query, best first; a blank query finds nothing. */
    @Transactional(readOnly = true)
    public List<SearchHit> search(CurrentUser user, String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.length() > 200) {
            throw new InvalidInputException("q", "search.query.too-long");
        }
        return sources.stream().flatMap(source -> source.search(user, q, LIMIT).stream())
                .sorted(Comparator.comparingDouble(SearchHit::rank).reversed())
                .limit(LIMIT).toList();
    }
}
