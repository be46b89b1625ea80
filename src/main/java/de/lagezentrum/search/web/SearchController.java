package de.lagezentrum.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.search.Search;

/** The search page, reached from the search field in every page's header. */
@Controller
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String page(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", search.search(CurrentUser.require(), q));
        return "search/results";
    }
}
