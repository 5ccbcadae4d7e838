package org.influenceatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingDocument;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.briefing.ConcurrentEditException;
import org.influenceatlas.briefing.InvalidBriefingException;
import org.influenceatlas.briefing.LocalAuthoring;
import org.influenceatlas.handout.BriefingHandout;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/briefings")
class BriefingController {

    private final BriefingService briefings;
    private final BriefingHandout handout;
    private final ObjectMapper json;
    private final LocalAuthoring authoring;

    BriefingController(BriefingService briefings, BriefingHandout handout, ObjectMapper json, LocalAuthoring authoring) {
        this.briefings = briefings;
        this.handout = handout;
        this.json = json;
        this.authoring = authoring;
    }

    @GetMapping
    Map<String, Object> list() {
        return Map.of("briefings", briefings.all().stream().map(BriefingController::summary).toList());
    }

    /** The exchange document: what "Export JSON" saves and {@code POST /api/v1/briefings} takes back. */
    @GetMapping("/{slug}")
    BriefingDocument one(@PathVariable String slug) {
        return BriefingDocument.of(find(slug));
    }

    @GetMapping(value = "/{slug}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String slug) {
        Briefing briefing = find(slug);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + slug + ".pdf\"")
                .body(handout.pdf(briefing));
    }

    /** Imports a briefing document as a new local briefing; the slug must be free. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> importDocument(@RequestBody String body, HttpServletRequest request) {
        if (!authoring.allows(request.getRemoteAddr())) {
            return ApiErrors.body(HttpStatus.FORBIDDEN, null, LocalAuthoring.MESSAGE);
        }
        Briefing briefing;
        try {
            briefing = briefings.fromDocument(json.readValue(body, BriefingDocument.class));
        } catch (JsonProcessingException e) {
            throw new BadParameterException("body", "is not a briefing document: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("body", e.getMessage());
        }
        try {
            Briefing saved = briefings.save(briefing);
            return ResponseEntity.created(URI.create("/api/v1/briefings/" + saved.slug())).body(summary(saved));
        } catch (InvalidBriefingException e) {
            throw new BadParameterException("body", e.getMessage());
        } catch (ConcurrentEditException e) {
            return ApiErrors.body(HttpStatus.CONFLICT, "slug", "'" + briefing.slug() + "' is taken");
        }
    }

    private Briefing find(String slug) {
        return briefings.find(slug).orElseThrow(() -> new NotFoundException("no briefing '" + slug + "'"));
    }

    private static Map<String, Object> summary(Briefing b) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("slug", b.slug());
        row.put("title", b.title());
        row.put("summary", b.summary());
        row.put("author", b.author());
        row.put("created", b.created().toString());
        row.put("updated", b.updated().toString());
        row.put("dataAsOf", b.dataAsOf().toString());
        row.put("bundled", b.bundled());
        row.put("version", b.version());
        row.put("slideCount", b.slides().size());
        row.put("href", "/briefings/" + b.slug() + "/1");
        row.put("json", "/api/v1/briefings/" + b.slug());
        row.put("pdf", "/api/v1/briefings/" + b.slug() + ".pdf");
        return row;
    }
}
