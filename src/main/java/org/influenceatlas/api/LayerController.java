package org.influenceatlas.api;

import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.layer.BaseMap;
import org.influenceatlas.layer.SideBySide;
import org.influenceatlas.layer.GeoJson;
import org.influenceatlas.layer.Layer;
import org.influenceatlas.layer.LayerQuery;
import org.influenceatlas.layer.LayerRegistry;
import org.influenceatlas.layer.Shapes;
import org.influenceatlas.layer.Symbology;
import org.influenceatlas.source.LayerCheck;
import org.influenceatlas.source.SourceService;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RestController
@RequestMapping("/api/v1")
class LayerController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final ResponseCache cache;
    private final LayerRegistry layers;
    private final AlignmentService alignments;
    private final HttpCaching caching;
    private final SourceService sources;

    LayerController(ResponseCache cache, LayerRegistry layers, AlignmentService alignments, HttpCaching caching,
                    SourceService sources) {
        this.cache = cache;
        this.caching = caching;
        this.layers = layers;
        this.alignments = alignments;
        this.sources = sources;
    }

    /**
     * The layers with their drawing descriptions, the marker shapes and the organisations: all
     * the browser needs to draw and to explain the map, so it keeps no copy of its own.
     */
    @GetMapping("/layers")
    Map<String, Object> layers() {
        Map<String, Object> answer = new LinkedHashMap<>();
        List<LayerCheck> checks = sources.layerChecks();
        answer.put("layers", layers.all().stream().map(layer -> {
            Map<String, Object> info = describe(layer);
            // The day this layer's facts were checked up to against the reporting (null: not stated).
            Optional<LayerCheck> check = checks.stream().filter(c -> c.layer().equals(layer.id())).findFirst();
            info.put("checkedTo", check.map(c -> c.checkedTo().toString()).orElse(null));
            info.put("checkNote", check.map(LayerCheck::note).orElse(null));
            return info;
        }).toList());
        answer.put("checkedTo", LayerCheck.earliest(checks, List.of()).map(Object::toString).orElse(null));
        answer.put("shapes", Shapes.ALL);
        answer.put("baseMap", BaseMap.STYLE);
        answer.put("sideBySide", SideBySide.description());
        answer.put("organisations", alignments.organisations().stream()
                .map(o -> Map.of("id", o.id(), "name", o.name())).toList());
        return answer;
    }

    static Map<String, Object> describe(Layer layer) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", layer.id());
        info.put("title", layer.title());
        info.put("description", layer.description());
        info.put("geometry", layer.geometry());
        info.put("href", "/api/v1/layers/" + layer.id());
        info.put("mapHref", layer.mapHref());
        info.put("dateRule", layer.dateRule());
        info.put("clustered", layer.clustered());
        info.put("legend", legend(layer.symbology()));
        info.put("style", layer.symbology());
        layer.windowDays().ifPresent(days -> info.put("windowDays", days));
        return info;
    }

    /** The drawing description flattened to legend rows (property, value, label, colour), one per category value. */
    private static List<Map<String, Object>> legend(Symbology symbology) {
        return symbology.channels().stream().flatMap(channel -> channel.categories().stream()
                .flatMap(category -> category.values().stream().map(value -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("property", channel.property());
                    row.put("value", value);
                    row.put("label", category.label());
                    row.put("color", category.color());
                    row.put("shape", category.shape());
                    return row;
                }))).toList();
    }

    @GetMapping("/layers/{id}")
    ResponseEntity<byte[]> layer(@PathVariable String id, @RequestParam(required = false) String asOf,
                                 @RequestParam(required = false) String geometry,
                                 @RequestParam(required = false) String window,
                                 @RequestParam(required = false) String bbox,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encoding) {
        Layer layer = layers.find(id).orElseThrow(() -> new NotFoundException("no layer '" + id + "'"));
        Optional<LocalDate> day = Params.asOf(asOf);
        boolean withGeometry = geometryWanted(geometry);
        int windowDays = Params.window(window);
        FeatureFilter filter = FeatureFilter.parse(bbox, from, to);
        // Parameters a layer ignores stay out of the key, so they cannot multiply cache entries.
        String key = layer.id() + "|" + day.map(LocalDate::toString).orElse("")
                + (layer.parameters().contains("geometry") ? "|" + withGeometry : "")
                + (layer.parameters().contains("window") ? "|" + windowDays : "")
                + filter.key();
        LayerQuery query = new LayerQuery(day, windowDays, withGeometry, false);
        ResponseCache.Body body = cache.get(key, () -> GeoJson.collection(layer.id(), day.map(LocalDate::toString).orElse(null),
                filter.apply(layer.features(query))));
        return Responses.cacheable(GEO_JSON, body, encoding, caching);
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
