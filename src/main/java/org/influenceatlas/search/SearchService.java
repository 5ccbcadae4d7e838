package org.influenceatlas.api;

import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.corridor.Segment;
import org.influenceatlas.corridor.Waypoint;
import org.influenceatlas.country.Country;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds features by name, alternative name or place. Matching ignores case and accents, so
 * 'Gumri' does not match but 'gyumri' and 'Türkiye'/'turkiye' do. Name hits rank before place hits.
 */
@RestController
@RequestMapping("/api/v1")
class SearchController {

    static final int MIN_QUERY = 2;
    static final int MAX_HITS = 50;

    record Hit(String layer, String id, String name, String kind, String matched) {
    }

    private record Candidate(Hit hit, List<String> names, List<String> places) {
    }

    private final PresenceService presences;
    private final CorridorService corridors;
    private final EventService events;
    private final CountryService countries;

    SearchController(PresenceService presences, CorridorService corridors, EventService events, CountryService countries) {
        this.presences = presences;
        this.corridors = corridors;
        this.events = events;
        this.countries = countries;
    }

    @GetMapping("/search")
    Map<String, Object> search(@RequestParam(required = false) String q) {
        if (q == null || q.trim().length() < MIN_QUERY) {
            throw new BadParameterException("q", "needs at least " + MIN_QUERY + " characters");
        }
        String needle = fold(q.trim());
        List<Hit> hits = new ArrayList<>();
        candidates().forEach(c -> rank(c, needle, hits));
        hits.sort(Comparator.comparing((Hit h) -> h.matched().equals("place")).thenComparing(Hit::name));
        return Map.of("query", q.trim(), "hits", hits.stream().limit(MAX_HITS).toList());
    }

    private static void rank(Candidate c, String needle, List<Hit> hits) {
        if (c.names().stream().anyMatch(n -> fold(n).contains(needle))) {
            hits.add(new Hit(c.hit().layer(), c.hit().id(), c.hit().name(), c.hit().kind(), "name"));
        } else if (c.places().stream().anyMatch(p -> p != null && fold(p).contains(needle))) {
            hits.add(new Hit(c.hit().layer(), c.hit().id(), c.hit().name(), c.hit().kind(), "place"));
        }
    }

    private Stream<Candidate> candidates() {
        Stream<Candidate> presence = presences.all().stream().map((MilitaryPresence p) -> new Candidate(
                new Hit(LayerCatalog.PRESENCE, p.id(), p.name(), Vocabulary.code(p.kind()), null),
                concat(p.name(), p.altNames()), List.of(nullToEmpty(p.locationNote()))));
        Stream<Candidate> corridor = corridors.all().stream().map((Corridor c) -> new Candidate(
                new Hit(LayerCatalog.CORRIDORS, c.id(), c.name(), Vocabulary.code(c.kind()), null),
                concat(c.name(), c.altNames()),
                c.segments().stream().flatMap((Segment s) -> Stream.concat(Stream.ofNullable(s.name()),
                        s.route().stream().map(Waypoint::place))).toList()));
        Stream<Candidate> event = events.all().stream().map((Event e) -> new Candidate(
                new Hit(LayerCatalog.EVENTS, e.id(), e.name(), Vocabulary.code(e.kind()), null),
                concat(e.name(), e.altNames()), List.of(nullToEmpty(e.place()))));
        Stream<Candidate> country = countries.all().stream().map((Country c) -> new Candidate(
                new Hit(LayerCatalog.ALIGNMENTS, c.code().value(), c.name(), Vocabulary.code(c.status()), null),
                concat(c.name(), c.altNames()), List.of(c.code().value())));
        return Stream.of(presence, corridor, event, country).flatMap(s -> s);
    }

    private static List<String> concat(String name, List<String> alt) {
        List<String> all = new ArrayList<>(alt);
        all.add(0, name);
        return all;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
