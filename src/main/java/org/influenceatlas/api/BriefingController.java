package org.influenceatlas.api;

import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.briefing.Slide;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/briefings")
class BriefingController {

    private final BriefingService briefings;

    BriefingController(BriefingService briefings) {
        this.briefings = briefings;
    }

    @GetMapping
    Map<String, Object> list() {
        return Map.of("briefings", briefings.all().stream().map(b -> summary(b)).toList());
    }

    @GetMapping("/{slug}")
    Map<String, Object> one(@PathVariable String slug) {
        Briefing b = briefings.find(slug).orElseThrow(() -> new NotFoundException("no briefing '" + slug + "'"));
        Map<String, Object> body = summary(b);
        body.put("slides", b.slides().stream().map(BriefingController::slide).toList());
        return body;
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
        return row;
    }

    private static Map<String, Object> slide(Slide s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("asOf", s.map().asOf().toString());
        map.put("view", List.of(s.map().latitude(), s.map().longitude(), s.map().zoom()));
        map.put("layers", s.map().layers());
        map.put("selected", s.map().selected());
        map.put("highlighted", s.map().highlighted());
        map.put("organisation", s.map().organisation());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", s.title());
        row.put("body", s.body());
        row.put("map", map);
        row.put("citations", s.citations().stream().map(c -> Map.of("source", c.sourceId(),
                "locator", c.locator() == null ? "" : c.locator())).toList());
        return row;
    }
}
