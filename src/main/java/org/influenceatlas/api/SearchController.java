package org.influenceatlas.api;

import org.influenceatlas.search.SearchService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@RequestMapping("/api/v1")
class SearchController {

    private final SearchService search;

    static final int MAX_QUERY = 200;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    Map<String, Object> search(@RequestParam(required = false) String q) {
        // Checked here rather than by catching the service's exceptions: a NullPointerException
        // from a bug in the search must be a 500, not a "bad query" 400.
        if (q == null || q.trim().length() < SearchService.MIN_QUERY) {
            throw new BadParameterException("q", "needs at least " + SearchService.MIN_QUERY + " characters");
        }
        if (q.length() > MAX_QUERY) {
            throw new BadParameterException("q", "at most " + MAX_QUERY + " characters");
        }
        String refused = org.influenceatlas.base.PlainText.problem(q, false);
        if (refused != null) {
            throw new BadParameterException("q", refused);
        }
        return Map.of("query", q.trim(), "hits", search.search(q));
    }
}
