package de.lagezentrum.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in API v1: {@code {"items":[…],"page":0,"size":50,"total":N}}.
 *
 * @param items the entries of this page
 * @param page zero-based page number
 * @param size requested page size
 * @param total number of entries across all pages
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    /** Largest page size a client may ask for. */
    public static final int MAX_SIZE = 200;

    /**
     * The requested page of a list that is already complete in memory (a staff's sessions in a period,
     * a session's agenda), with the size of the whole list as total.
     */
    public static <T> PageResult<T> of(List<T> all, PageRequest page) {
        int from = (int) Math.min(all.size(), page.offset());
        int to = (int) Math.min(all.size(), page.offset() + page.size());
        return new PageResult<>(List.copyOf(all.subList(from, to)), page.page(), page.size(), all.size());
    }

    /** The same page with every item converted. */
    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Number of pages, at least one. */
    public int pages() {
        return size == 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
    }
}
