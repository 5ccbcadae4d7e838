package org.influenceatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.base.History;
import org.influenceatlas.base.Revision;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edits themselves, oldest first, so a client can stay in step: every revision since an
 * instant, creations, updates, retirements and restorations alike, a page at a time. The next
 * page continues after the last revision id ({@code after}), so pages do not shift while
 * revisions are added. Beside them, what the last dataset import left alone because it was
 * edited here ({@code /api/v1/import-conflicts}), paged the same way.
 */
@RestController
class RevisionController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final History history;
    private final ObjectMapper json;
    private final Clock clock;

    RevisionController(History history, ObjectMapper json, Clock clock) {
        this.history = history;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/api/v1/revisions")
    Map<String, Object> since(@RequestParam(required = false) String since, @RequestParam(required = false) String after,
                              @RequestParam(required = false) String limit) {
        Instant from = since == null || since.isBlank() ? KnownOnParameter.EARLIEST : instant(since);
        long afterId = Params.wholeNumber("after", after, 0, 0, Long.MAX_VALUE);
        int size = (int) Params.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<Revision> page = history.since(from, afterId, size);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("since", from.toString());
        answer.put("latest", history.latest());
        answer.put("revisions", page.stream().map(this::describe).toList());
        answer.put("next", page.size() < size ? null
                : "/api/v1/revisions?since=" + from + "&after=" + page.get(page.size() - 1).id() + "&limit=" + size);
        return answer;
    }

    @GetMapping("/api/v1/import-conflicts")
    Map<String, Object> conflicts(@RequestParam(required = false) String after, @RequestParam(required = false) String limit) {
        long afterId = Params.wholeNumber("after", after, 0, 0, Long.MAX_VALUE);
        int size = (int) Params.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<History.RecordedConflict> page = history.openConflicts(afterId, size);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("conflicts", page.stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("entityType", c.entityType());
            row.put("entityId", c.entityId());
            row.put("import", c.importComment());
            row.put("recordedAt", c.recordedAt().toString());
            row.put("here", tree(c.here()));
            row.put("bundled", tree(c.bundled()));
            return row;
        }).toList());
        answer.put("next", page.size() < size ? null
                : "/api/v1/import-conflicts?after=" + page.get(page.size() - 1).id() + "&limit=" + size);
        return answer;
    }

    private Instant instant(String text) {
        try {
            return KnownOnParameter.parse(text, clock);
        } catch (BadParameterException e) {
            throw new BadParameterException("since", e.getMessage());
        }
    }

    private Map<String, Object> describe(Revision r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("entityType", r.entityType());
        row.put("entityId", r.entityId());
        row.put("version", r.version());
        row.put("action", r.action().code());
        row.put("author", r.author());
        row.put("recordedAt", r.recordedAt().toString());
        row.put("comment", r.comment());
        row.put("state", r.state());
        row.put("before", tree(r.before()));
        row.put("after", tree(r.after()));
        return row;
    }

    private JsonNode tree(String fields) {
        if (fields == null) {
            return null;
        }
        try {
            return json.readTree(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("revision fields are not JSON", e);
        }
    }
}
