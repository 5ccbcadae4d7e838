package org.influenceatlas.api;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.timeline.WorldChange;
import org.influenceatlas.timeline.WorldChanges;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed in the world between two days: {@code GET /api/v1/changes?from=&to=}, optionally
 * for one {@code country}, a page of entries at a time, grouped by layer and country within the
 * page. Honours {@code knownOn} like every read.
 */
@RestController
@RequestMapping("/api/v1/changes")
class ChangeController {

    static final int DEFAULT_SIZE = 200;
    static final int MAX_SIZE = 1000;

    private final WorldChanges changes;

    ChangeController(WorldChanges changes) {
        this.changes = changes;
    }

    @GetMapping
    Map<String, Object> between(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String country, @RequestParam(required = false) String page,
                                @RequestParam(required = false) String size) {
        LocalDate start = Params.day("from", from).orElseThrow(() -> new BadParameterException("from", "is required"));
        LocalDate end = Params.day("to", to).orElseThrow(() -> new BadParameterException("to", "is required"));
        if (end.isBefore(start)) {
            throw new BadParameterException("to", "'" + to + "' is before from " + from);
        }
        Optional<CountryCode> code = Optional.ofNullable(country).filter(c -> !c.isBlank()).map(c -> {
            try {
                return CountryCode.of(c);
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("country", e.getMessage());
            }
        });
        int pageSize = (int) Params.wholeNumber("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        int pageNumber = (int) Params.wholeNumber("page", page, 1, 1, Integer.MAX_VALUE);
        List<WorldChange> all = changes.between(start, end, code);
        long first = (long) (pageNumber - 1) * pageSize;
        List<WorldChange> shown = first >= all.size() ? List.of()
                : all.subList((int) first, (int) Math.min(all.size(), first + pageSize));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", start.toString());
        answer.put("to", end.toString());
        answer.put("country", code.map(CountryCode::value).orElse(null));
        answer.put("total", all.size());
        answer.put("page", pageNumber);
        answer.put("size", pageSize);
        answer.put("groups", groups(shown));
        answer.put("next", first + pageSize >= all.size() ? null : "/api/v1/changes?from=" + start + "&to=" + end
                + code.map(c -> "&country=" + c.value()).orElse("") + "&page=" + (pageNumber + 1) + "&size=" + pageSize);
        return answer;
    }

    private static List<Map<String, Object>> groups(List<WorldChange> changes) {
        List<Map<String, Object>> groups = new ArrayList<>();
        Map<String, Object> group = null;
        for (WorldChange c : changes) {
            if (group == null || !c.layer().equals(group.get("layer")) || !java.util.Objects.equals(c.country(), group.get("country"))) {
                group = new LinkedHashMap<>();
                group.put("layer", c.layer());
                group.put("country", c.country());
                group.put("changes", new ArrayList<Map<String, Object>>());
                groups.add(group);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", c.date());
            entry.put("change", c.change());
            entry.put("id", c.id());
            entry.put("name", c.name());
            entry.put("fact", c.factId());
            entry.putAll(c.fact());
            entry.put("sources", c.sources());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) group.get("changes");
            list.add(entry);
        }
        return groups;
    }
}
