package de.lagezentrum.search.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.search.Search;

/** {@code GET /api/v1/search?q=…}: everything the caller may see, best first. */
@RestController
class SearchApiController {

    private final Search search;

    SearchApiController(Search search) {
        this.search = search;
    }

    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<Item>> search(@RequestParam String q) {
        return Map.of("items", search.search(CurrentUser.require(), q).stream()
                .map(hit -> new Item(hit.type(), hit.id().toString(), hit.title(), hit.snippet(), hit.url())).toList());
    }

    /** One item; the snippet is HTML with the matches in {@code <mark>}. */
    record Item(String type, String id, String title, String snippet, String url) {
    }
}
