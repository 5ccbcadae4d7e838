package org.influenceatlas.api;

import org.influenceatlas.layer.LayerCatalog;
import org.influenceatlas.layer.LayerInfo;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RestController
@RequestMapping("/api/v1")
class LayerController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final ResponseCache cache;
    private final PresenceFeatures presence;
    private final CorridorFeatures corridors;
    private final AlignmentFeatures alignments;
    private final EventFeatures events;

    LayerController(ResponseCache cache, PresenceFeatures presence, CorridorFeatures corridors,
                    AlignmentFeatures alignments, EventFeatures events) {
        this.cache = cache;
        this.presence = presence;
        this.corridors = corridors;
        this.alignments = alignments;
        this.events = events;
    }

    @GetMapping("/layers")
    Map<String, Object> layers() {
        return Map.of("layers", LayerCatalog.LAYERS);
    }

    @GetMapping("/layers/{id}")
    ResponseEntity<byte[]> layer(@PathVariable String id, @RequestParam(required = false) String asOf,
                                 @RequestParam(required = false) String geometry,
                                 @RequestParam(required = false) String window,
                                 @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encoding) {
        LayerInfo layer = LayerCatalog.find(id).orElseThrow(() -> new NotFoundException("no layer '" + id + "'"));
        Optional<LocalDate> day = Params.asOf(asOf);
        boolean withGeometry = geometryWanted(geometry);
        int windowDays = Params.window(window);
        // Parameters a layer ignores stay out of the key, so they cannot multiply cache entries.
        String key = layer.id() + "|" + day.map(LocalDate::toString).orElse("")
                + (layer.id().equals(LayerCatalog.ALIGNMENTS) ? "|" + withGeometry : "")
                + (layer.id().equals(LayerCatalog.EVENTS) ? "|" + windowDays : "");
        ResponseCache.Body body = cache.get(key, () -> GeoJson.collection(layer.id(), day.map(LocalDate::toString).orElse(null),
                features(layer.id(), day, withGeometry, windowDays)));
        return Responses.cacheable(GEO_JSON, body, encoding);
    }

    private List<Map<String, Object>> features(String layer, Optional<LocalDate> day, boolean withGeometry, int window) {
        return switch (layer) {
            case LayerCatalog.PRESENCE -> presence.features(day);
            case LayerCatalog.CORRIDORS -> corridors.features(day);
            case LayerCatalog.ALIGNMENTS -> alignments.features(day, withGeometry);
            case LayerCatalog.EVENTS -> events.features(day, window);
            default -> throw new NotFoundException("no layer '" + layer + "'");
        };
    }

    private static boolean geometryWanted(String geometry) {
        if (geometry == null || geometry.equals("full")) {
            return true;
        }
        if (geometry.equals("none")) {
            return false;
        }
        throw new BadParameterException("geometry", "'" + geometry + "' is not 'full' or 'none'");
    }
}
