package de.lagezentrum.platform.search;

import java.util.UUID;

/**
 * One search result.
 *
 * @param type e.g. {@code decision}, {@code task}, {@code journal-entry}
 * @param snippet the matching passage as HTML: text escaped, the matched words in {@code <mark>}
 * @param url where the hit is shown, e.g. {@code /sessions/…}
 * @param rank relevance, higher is better (PostgreSQL {@code ts_rank})
 */
public record SearchHit(String type, UUID id, String title, String snippet, String url, double rank) {
}
