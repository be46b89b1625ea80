package de.lagezentrum.search.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;
import de.lagezentrum.search.Search;

/** {@code GET /api/v1/search?q=…&page=&size=}: the best {@link Search#LIMIT} hits the caller may see, paged. */
@RestController
class SearchApiController {

    private final Search search;

    SearchApiController(Search search) {
        this.search = search;
    }

    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResult<Item> search(@RequestParam String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest requested = new PageRequest(page, size);
        return PageResult.of(search.search(CurrentUser.require(), q), requested)
                .map(hit -> new Item(hit.type(), hit.id().toString(), hit.title(), hit.snippet(), hit.url()));
    }

    /** One item; the snippet is HTML with the matches in {@code <mark>}. */
    record Item(String type, String id, String title, String snippet, String url) {
    }
}
