package org.influenceatlas.api;

import org.influenceatlas.alignment.Alignment;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.country.Boundary;
import org.influenceatlas.country.Country;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
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
    private final PresenceService presences;
    private final CorridorService corridors;
    private final EventService events;
    private final SourceService sources;

    CountryController(ResponseCache cache, CountryService countries, AlignmentService alignments,
                      PresenceService presences, CorridorService corridors, EventService events, SourceService sources) {
        this.cache = cache;
        this.countries = countries;
        this.alignments = alignments;
        this.presences = presences;
        this.corridors = corridors;
        this.events = events;
        this.sources = sources;
    }

    /** All outlines as one FeatureCollection: the offline base map. */
    @GetMapping("/boundaries")
    ResponseEntity<byte[]> boundaries(@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encoding) {
        ResponseCache.Body body = cache.getBytes("boundaries", () -> ("{\"type\":\"FeatureCollection\",\"features\":["
                + countries.boundaries().stream().map(Boundary::featureJson).collect(Collectors.joining(",\n"))
                + "]}").getBytes(StandardCharsets.UTF_8));
        return Responses.cacheable(LayerController.GEO_JSON, body, encoding);
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
        List<MilitaryPresence> present = presences.all().stream()
                .filter(p -> day.isEmpty() || p.statusOn(day.get()).isPresent()).toList();

        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", code.value());
        profile.put("name", country.name());
        profile.put("altNames", country.altNames());
        profile.put("status", Vocabulary.code(country.status()));
        profile.put("claimedBy", country.claimedBy() == null ? null : country.claimedBy().value());
        profile.put("notes", country.notes());
        profile.put("asOf", day.map(LocalDate::toString).orElse(null));
        profile.put("memberships", alignment.map(a -> day.map(a::membershipsOn).orElse(a.memberships())).orElse(List.of())
                .stream().map(AlignmentFeatures::membership).toList());
        profile.put("stance", alignment.flatMap(a -> day.isPresent() ? a.stanceOn(day.get()) : a.stances().stream().reduce((x, y) -> y))
                .map(AlignmentFeatures::stance).orElse(null));
        profile.put("stanceHistory", alignment.map(a -> a.stances().stream().map(AlignmentFeatures::stance).toList()).orElse(List.of()));
        profile.put("presenceHosted", present.stream().filter(p -> p.host().equals(code)).map(MilitaryPresence::id).toList());
        profile.put("presenceOperated", present.stream().filter(p -> p.operator().equals(code)).map(MilitaryPresence::id).toList());
        profile.put("corridors", corridors.all().stream()
                .filter(c -> c.countries().contains(code))
                .filter(c -> day.isEmpty() || (c.period().contains(day.get()) && !c.segmentsOn(day.get()).isEmpty()))
                .map(c -> c.id()).toList());
        profile.put("events", events.all().stream()
                .filter(e -> e.countries().contains(code))
                .filter(e -> day.isEmpty() || !e.period().from().firstDay().isAfter(day.get()))
                .map(e -> e.id()).toList());
        profile.put("sources", sources.describe(country.citations(), sources.catalogue()));
        return profile;
    }
}
