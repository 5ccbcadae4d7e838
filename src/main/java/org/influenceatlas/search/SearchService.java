package org.influenceatlas.search;

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
import org.influenceatlas.layer.LayerCatalog;
import org.influenceatlas.presence.PresenceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds features by name, alternative name or place. Matching ignores case and accents, so
 * 'Gumri' does not match but 'gyumri' and 'Türkiye'/'turkiye' do. Name hits rank before place hits.
 */
@Service
public class SearchService {

    public static final int MIN_QUERY = 2;
    public static final int MAX_HITS = 50;

    /** Layer ids as the map and the API name them. */
    public static final String PRESENCE = LayerCatalog.PRESENCE;
    public static final String CORRIDORS = LayerCatalog.CORRIDORS;
    public static final String ALIGNMENTS = LayerCatalog.ALIGNMENTS;
    public static final String EVENTS = LayerCatalog.EVENTS;

    private record Candidate(Hit hit, List<String> names, List<String> places) {
    }

    private final PresenceService presences;
    private final CorridorService corridors;
    private final EventService events;
    private final CountryService countries;

    SearchService(PresenceService presences, CorridorService corridors, EventService events, CountryService countries) {
        this.presences = presences;
        this.corridors = corridors;
        this.events = events;
        this.countries = countries;
    }

    /** Hits for a query of at least {@link #MIN_QUERY} characters, name matches first; at most {@link #MAX_HITS}. */
    @Transactional(readOnly = true)
    public List<Hit> search(String query) {
        if (query == null || query.trim().length() < MIN_QUERY) {
            throw new IllegalArgumentException("needs at least " + MIN_QUERY + " characters");
        }
        String needle = fold(query.trim());
        List<Hit> hits = new ArrayList<>();
        candidates().forEach(c -> rank(c, needle, hits));
        hits.sort(Comparator.comparing((Hit h) -> h.matched().equals("place")).thenComparing(Hit::name));
        return hits.stream().limit(MAX_HITS).toList();
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
                new Hit(PRESENCE, p.id(), p.name(), Vocabulary.code(p.kind()), null),
                concat(p.name(), p.altNames()), List.of(nullToEmpty(p.locationNote()))));
        Stream<Candidate> corridor = corridors.all().stream().map((Corridor c) -> new Candidate(
                new Hit(CORRIDORS, c.id(), c.name(), Vocabulary.code(c.kind()), null),
                concat(c.name(), c.altNames()),
                c.segments().stream().flatMap((Segment s) -> Stream.concat(Stream.ofNullable(s.name()),
                        s.route().stream().map(Waypoint::place))).toList()));
        Stream<Candidate> event = events.all().stream().map((Event e) -> new Candidate(
                new Hit(EVENTS, e.id(), e.name(), Vocabulary.code(e.kind()), null),
                concat(e.name(), e.altNames()), List.of(nullToEmpty(e.place()))));
        Stream<Candidate> country = countries.all().stream().map((Country c) -> new Candidate(
                new Hit(ALIGNMENTS, c.code().value(), c.name(), Vocabulary.code(c.status()), null),
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
