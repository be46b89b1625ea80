package de.lagezentrum.platform.web;

/**
 * Validated paging parameters ({@code ?page=0&size=50}).
 *
 * @param page zero-based page number
 * @param size entries per page, 1 to {@link PageResult#MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "validation.page.negative");
        }
        if (size < 1 || size > PageResult.MAX_SIZE) {
            throw new InvalidInputException("size", "validation.size.range");
        }
    }

    /** Row offset of this page. */
    public long offset() {
        return (long) page * size;
    }
}
