package org.influenceatlas.api;

import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/sources")
class SourceController {

    private final SourceService sources;
    private final Path sourcesDir;

    SourceController(SourceService sources, @Value("${atlas.data.dir:data}") Path dataDir) {
        this.sources = sources;
        this.sourcesDir = dataDir.resolve("sources").toAbsolutePath().normalize();
    }

    @GetMapping
    Map<String, Object> list() {
        return Map.of("sources", sources.all().stream().map(SourceController::describe).toList());
    }

    @GetMapping("/{id}")
    Map<String, Object> one(@PathVariable String id) {
        Source source = find(id);
        Map<String, Object> body = describe(source);
        Map<String, List<Citation>> citations = sources.citationsByFact();
        body.put("citedBy", citations.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> c.sourceId().equals(id)))
                .map(Map.Entry::getKey).sorted().toList());
        return body;
    }

    /** The bundled text of an article, so that a briefing room without internet can still read it. */
    @GetMapping(value = "/{id}/text", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> text(@PathVariable String id) {
        Source source = find(id);
        if (source.file() == null) {
            throw new NotFoundException("source '" + id + "' has no bundled text");
        }
        Path file = sourcesDir.resolve(source.file()).normalize();
        if (!file.startsWith(sourcesDir)) {
            throw new NotFoundException("source '" + id + "' has no bundled text");
        }
        try {
            return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body(Files.readString(file));
        } catch (IOException e) {
            throw new NotFoundException("the bundled text of source '" + id + "' cannot be read");
        }
    }

    private Source find(String id) {
        return sources.find(id).orElseThrow(() -> new NotFoundException("no source '" + id + "'"));
    }

    private static Map<String, Object> describe(Source s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("kind", s.kind());
        row.put("title", s.title());
        row.put("publisher", s.publisher());
        row.put("author", s.author());
        row.put("date", s.date() == null ? null : s.date().toString());
        row.put("url", s.url());
        row.put("text", s.textHref());
        row.put("notes", s.notes());
        row.put("reliability", s.reliability() == null ? null : s.reliability().code());
        row.put("reliabilityLabel", s.reliability() == null ? null : s.reliability().label());
        row.put("reliabilityReason", s.reliabilityReason());
        row.put("unknown", s.unknownFields());
        return row;
    }
}
