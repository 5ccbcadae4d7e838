package org.influenceatlas.corridor;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.layer.Card;
import org.influenceatlas.layer.DateRule;
import org.influenceatlas.layer.FeatureSummary;
import org.influenceatlas.layer.GeoJson;
import org.influenceatlas.layer.Layer;
import org.influenceatlas.layer.LayerQuery;
import org.influenceatlas.layer.Periods;
import org.influenceatlas.layer.SearchCandidate;
import org.influenceatlas.layer.Symbology;
import org.influenceatlas.layer.Symbology.Category;
import org.influenceatlas.layer.Symbology.Channel;
import org.influenceatlas.layer.Symbology.StatusStyle;
import org.influenceatlas.layer.Symbology.Visual;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Transit corridors: a line per segment, coloured by the corridor's kind, dashed or dotted by the
 * segment's own status, with a halo where the route bypasses Russia. Multimodal routes take Paul
 * Tol's wine (#882255), since the Okabe-Ito green is the bypass halo's.
 */
@Component
@Order(2) // the order of the layer switches
public class CorridorLayer implements Layer {

    public static final String ID = "corridors";

    static final Symbology SYMBOLOGY = new Symbology(20, List.of(
            new Channel("kind", Visual.COLOR, "Kind", List.of(
                    Category.color("Rail", "#0072B2", "rail"),
                    Category.color("Road", "#56B4E9", "road"),
                    Category.color("Multimodal", "#882255", "multimodal"),
                    Category.color("Gas pipeline", "#E69F00", "gas-pipeline"),
                    Category.color("Oil pipeline", "#000000", "oil-pipeline"),
                    Category.color("Sea route", "#CC79A7", "sea-route"),
                    Category.color("Power line", "#F0E442", "power-line")),
                    Category.color("Other route", "#333333")),
            new Channel("bypassesRussia", Visual.HALO, "Route", List.of(
                    Category.color("Bypasses Russia (halo)", "#009E73", "true")), null)),
            List.of(
                    new StatusStyle(List.of("operational"), "Operational", false, null, 1),
                    new StatusStyle(List.of("proposed", "under-construction"), "Proposed or under construction (dashed)", false, "8 6", 1),
                    new StatusStyle(List.of("disrupted", "halted"), "Disrupted or halted (dotted)", false, "2 6", 1)),
            "name");

    private final CorridorService corridors;
    private final CountryService countries;
    private final SourceService sources;

    CorridorLayer(CorridorService corridors, CountryService countries, SourceService sources) {
        this.corridors = corridors;
        this.countries = countries;
        this.sources = sources;
    }

    /** A corridor is drawn on a day within its period on which at least one of its segments exists. */
    static boolean drawn(Corridor c, LocalDate day) {
        return c.period().contains(day) && !c.segmentsOn(day).isEmpty();
    }

    static final Definition DEFINITION = new Definition(ID, "Transit corridors",
            "Transport and energy routes; routes that bypass Russia are drawn with a halo", "MultiLineString", SYMBOLOGY, DateRule.SEGMENTS);

    @Override
    public Definition definition() {
        return DEFINITION;
    }

    @Override
    public List<Map<String, Object>> features(LayerQuery query) {
        Map<String, Source> catalogue = sources.catalogue();
        List<Map<String, Object>> features = new ArrayList<>();
        for (Corridor c : corridors.all()) {
            Optional<LocalDate> day = query.asOf();
            if (day.isPresent() && !drawn(c, day.get())) {
                continue;
            }
            List<Segment> segments = day.map(c::segmentsOn).orElse(c.segments());
            Map<String, Object> feature = GeoJson.feature(c.id(),
                    GeoJson.multiLineString(segments.stream()
                            .map(s -> s.route().stream().map(Waypoint::point).toList()).toList()),
                    c.name(), Vocabulary.code(c.kind()), Vocabulary.code(statusOf(c, segments)), c.period(),
                    sources.describe(c.citations(), catalogue));
            Map<String, Object> props = GeoJson.properties(feature);
            props.put("countries", c.countries().stream().map(Object::toString).toList());
            props.put("bypassesRussia", c.bypassesRussia());
            props.put("altNames", c.altNames());
            props.put("capacity", c.capacity());
            props.put("sponsors", c.sponsors());
            props.put("notes", c.notes());
            props.put("segments", segments.stream().map(s -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", s.id());
                row.put("name", s.name());
                row.put("status", Vocabulary.code(s.status()));
                row.put("validFrom", s.period().from().toString());
                row.put("validTo", s.period().end().map(PartialDate::toString).orElse(null));
                row.put("places", s.route().stream().map(Waypoint::place).toList());
                row.put("sources", GeoJson.partSources(feature, sources.describe(s.citations(), catalogue)));
                return row;
            }).toList());
            features.add(feature);
        }
        return features;
    }

    /** Where every shown segment has the same status, that is the corridor's; otherwise its listed status. */
    private static CorridorStatus statusOf(Corridor c, List<Segment> segments) {
        if (segments.isEmpty()) {
            return c.status();
        }
        CorridorStatus first = segments.get(0).status();
        return segments.stream().allMatch(s -> s.status() == first) ? first : c.status();
    }

    @Override
    public Optional<FeatureSummary> find(String id) {
        return corridors.find(id).map(CorridorLayer::summary);
    }

    private static FeatureSummary summary(Corridor c) {
        return new FeatureSummary(ID, c.id(), c.name(), Vocabulary.code(c.kind()), c.period());
    }

    @Override
    public Optional<LocalDate> dayDrawn(String id, LocalDate day, boolean showEnded) {
        return corridors.find(id).filter(c -> !drawn(c, day)).map(CorridorLayer::firstDayDrawn);
    }

    /** The first day within the corridor's period on which one of its segments exists. */
    private static LocalDate firstDayDrawn(Corridor corridor) {
        LocalDate start = corridor.period().from().firstDay();
        return corridor.segments().stream().map(Segment::period)
                .map(p -> p.from().firstDay().isAfter(start) ? p.from().firstDay() : start)
                .filter(day -> drawn(corridor, day)).min(LocalDate::compareTo).orElse(start);
    }

    @Override
    public Optional<Card> card(String id, LocalDate day) {
        return corridors.find(id).map(c -> {
            List<Card.Fact> facts = new Card.Facts()
                    .row("Kind", SYMBOLOGY.label("kind", Vocabulary.code(c.kind())).orElse(Vocabulary.code(c.kind())))
                    .row("Status on " + day, statusText(c, day))
                    .row("Bypasses Russia", c.bypassesRussia() ? "yes" : "no")
                    .row("Route", c.countries().stream().map(countries::nameOf).collect(Collectors.joining(" → ")))
                    .row("Period", Periods.text(c.period()))
                    .row("Capacity", c.capacity())
                    .row("Sponsors", String.join(", ", c.sponsors()))
                    .row("Also known as", String.join(", ", c.altNames()))
                    .row("Notes", c.notes())
                    .list();
            List<String> segments = c.segments().stream().map(s -> (s.name() == null ? s.id() : s.name()) + ": "
                    + Vocabulary.code(s.status()) + ", " + Periods.text(s.period())
                    + (s.period().contains(day) ? "" : " (not on " + day + ")")).toList();
            List<Citation> all = new ArrayList<>(c.citations());
            c.segments().forEach(s -> all.addAll(s.citations()));
            return new Card(c.name(), facts, List.of(new Card.Section("Segments", segments, List.of()),
                    new Card.Section("Countries crossed", List.of(), c.countries().stream()
                            .map(code -> Card.Link.country(countries.nameOf(code), code.value())).toList())), all);
        });
    }

    private static String statusText(Corridor c, LocalDate day) {
        if (!drawn(c, day)) {
            return Periods.notYet(c.period(), day) ? "not yet built" : "not in use";
        }
        return Vocabulary.code(statusOf(c, c.segmentsOn(day)));
    }

    @Override
    public List<Card.Section> profileSections(CountryCode country, LocalDate day) {
        List<Card.Link> links = corridors.all().stream().filter(c -> c.countries().contains(country))
                .map(c -> new Card.Link(c.name() + " (" + statusText(c, day) + ")", ID, c.id(), !drawn(c, day)))
                .sorted((a, b) -> Boolean.compare(a.ended(), b.ended())).toList();
        return List.of(new Card.Section("Corridors through " + countries.nameOf(country), List.of(), links));
    }

    @Override
    public Map<String, List<String>> profileIds(CountryCode country, Optional<LocalDate> day) {
        return Map.of("corridors", corridors.all().stream()
                .filter(c -> c.countries().contains(country))
                .filter(c -> day.isEmpty() || drawn(c, day.get()))
                .map(Corridor::id).toList());
    }

    @Override
    public List<SearchCandidate> searchCandidates() {
        return corridors.all().stream().map(c -> {
            List<String> names = new ArrayList<>(c.altNames());
            names.add(0, c.name());
            List<String> places = c.segments().stream().flatMap(s -> Stream.concat(Stream.ofNullable(s.name()),
                    s.route().stream().map(Waypoint::place))).toList();
            List<String> terms = Stream.concat(Stream.ofNullable(c.notes()), c.sponsors().stream()).toList();
            return new SearchCandidate(summary(c), names, places, terms, day -> statusText(c, day));
        }).toList();
    }
}
