package org.influenceatlas.api;

import org.influenceatlas.alignment.Alignment;
import org.influenceatlas.alignment.AlignmentLayer;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.layer.LayerRegistry;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.country.Boundary;
import org.influenceatlas.country.Country;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.country.Places;
import org.influenceatlas.source.SourceService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/v1")
class CountryController {

    private final ResponseCache cache;
    private final CountryService countries;
    private final AlignmentService alignments;
    private final LayerRegistry layers;
    private final SourceService sources;
    private final HttpCaching caching;
    private final Places places;

    CountryController(ResponseCache cache, CountryService countries, AlignmentService alignments, LayerRegistry layers,
                      SourceService sources, HttpCaching caching, Places places) {
        this.places = places;
        this.cache = cache;
        this.caching = caching;
        this.countries = countries;
        this.alignments = alignments;
        this.layers = layers;
        this.sources = sources;
    }

    /** All outlines as one FeatureCollection: the offline base map. */
    @GetMapping("/boundaries")
    ResponseEntity<byte[]> boundaries(@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encoding) {
        ResponseCache.Body body = cache.getBytes("boundaries", () -> ("{\"type\":\"FeatureCollection\",\"features\":["
                + countries.boundaries().stream().map(Boundary::featureJson).collect(Collectors.joining(",\n"))
                + "]}").getBytes(StandardCharsets.UTF_8));
        return Responses.cacheable(LayerController.GEO_JSON, body, encoding, caching);
    }

    /** The capitals and major cities the maps label for orientation (GeoNames, CC BY 4.0), with the zoom each shows from. */
    @GetMapping("/places")
    ResponseEntity<byte[]> places(@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encoding) {
        return Responses.cacheable(LayerController.GEO_JSON, cache.getBytes("places", places::geoJson), encoding, caching);
    }

    @GetMapping("/countries")
    List<Map<String, Object>> list() {
        return countries.all().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.code().value());
            row.put("name", c.name());
            row.put("status", Vocabulary.code(c.status()));
            return row;
        }).toList();
    }

    @GetMapping("/countries/{iso3}")
    Map<String, Object> profile(@PathVariable String iso3, @RequestParam(required = false) String asOf) {
        Optional<LocalDate> day = Params.asOf(asOf);
        CountryCode code;
        try {
            code = CountryCode.of(iso3.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("iso3", e.getMessage());
        }
        Country country = countries.find(code).orElseThrow(() -> new NotFoundException("no country '" + iso3 + "'"));
        Optional<Alignment> alignment = alignments.all().stream().filter(a -> a.country().equals(code)).findFirst();

        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", code.value());
        profile.put("name", country.name());
        profile.put("altNames", country.altNames());
        profile.put("status", Vocabulary.code(country.status()));
        profile.put("claimedBy", country.claimedBy() == null ? null : country.claimedBy().value());
        profile.put("notes", country.notes());
        profile.put("asOf", day.map(LocalDate::toString).orElse(null));
        profile.put("memberships", alignment.map(a -> day.map(a::membershipsOn).orElse(a.memberships())).orElse(List.of())
                .stream().map(AlignmentLayer::membership).toList());
        profile.put("stance", alignment.flatMap(a -> day.isPresent() ? a.stanceOn(day.get()) : a.stances().stream().reduce((x, y) -> y))
                .map(AlignmentLayer::stance).orElse(null));
        profile.put("stanceHistory", alignment.map(a -> a.stances().stream().map(AlignmentLayer::stance).toList()).orElse(List.of()));
        // Every layer lists the ids of its features that belong in the profile.
        layers.all().forEach(layer -> profile.putAll(layer.profileIds(code, day)));
        profile.put("sources", sources.describe(country.citations(), sources.catalogue()));
        return profile;
    }
}
