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

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    Map<String, Object> search(@RequestParam(required = false) String q) {
        try {
            return Map.of("query", q.trim(), "hits", search.search(q));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadParameterException("q", "needs at least " + SearchService.MIN_QUERY + " characters");
        }
    }
}
