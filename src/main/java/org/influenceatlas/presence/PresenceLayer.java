package org.influenceatlas.presence;

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

/**
 * Foreign military presence: a point per site, coloured by operator, shaped by kind, and styled
 * by its status on the date; a site whose period has ended is drawn hollow and faint when ended
 * sites are shown. Colours are Okabe-Ito, safe for the common kinds of colour blindness, and every
 * symbol has a text label in the legend.
 */
@Component
@Order(1) // the order of the layer switches
public class PresenceLayer implements Layer {

    public static final String ID = "military-presence";
    /** The status a site has after its period ended (drawn when ended sites are shown). */
    public static final String ENDED = "ended";

    static final Symbology SYMBOLOGY = new Symbology(40, List.of(
            new Channel("operator", Visual.COLOR, "Operator", List.of(
                    Category.color("Russia", "#D55E00", "RUS"),
                    Category.color("United States", "#0072B2", "USA"),
                    Category.color("Turkey", "#CC79A7", "TUR"),
                    Category.color("European Union", "#56B4E9", "EUU"),
                    Category.color("China", "#E69F00", "CHN")),
                    Category.color("Other", "#555555")),
            new Channel("kind", Visual.SHAPE, "Kind", List.of(
                    Category.shape("Army base", "square", "army-base"),
                    Category.shape("Air base", "triangle", "air-base"),
                    Category.shape("Naval facility", "circle", "naval-facility"),
                    Category.shape("Radar", "diamond", "radar"),
                    Category.shape("Space facility", "star", "space-facility"),
                    Category.shape("Deployment", "pentagon", "deployment"),
                    Category.shape("Peacekeeping", "hexagon", "peacekeeping"),
                    Category.shape("Monitoring mission", "dashed-circle", "monitoring-mission"),
                    Category.shape("Occupation", "cross", "occupation")),
                    null)),
            List.of(
                    new StatusStyle(List.of("active"), "Active", false, null, 1),
                    new StatusStyle(List.of("reduced"), "Reduced (half-tone)", false, null, 0.5),
                    new StatusStyle(List.of("contested"), "Contested (dashed outline)", false, "3 2", 1),
                    new StatusStyle(List.of("planned"), "Planned (hollow, dashed)", true, "3 2", 1),
                    new StatusStyle(List.of("withdrawn", "closed"), "Withdrawn or closed (hollow)", true, null, 1),
                    new StatusStyle(List.of(ENDED), "Ended (hollow, faint)", true, null, 0.6)),
            "name");

    private final PresenceService presences;
    private final CountryService countries;
    private final SourceService sources;

    PresenceLayer(PresenceService presences, CountryService countries, SourceService sources) {
        this.presences = presences;
        this.countries = countries;
        this.sources = sources;
    }

    static final Definition DEFINITION = new Definition(ID, "Military presence",
            "Foreign military bases, deployments and missions, by operator and kind", "Point", SYMBOLOGY, DateRule.PERIOD);

    @Override
    public Definition definition() {
        return DEFINITION;
    }

    @Override
    public boolean clustered() {
        return true;
    }

    /**
     * What the map shows of a site on a day: its status while it lasts; "ended" after its end
     * (drawn only when ended sites are shown); nothing before it began.
     */
    public static Optional<String> statusDrawn(MilitaryPresence p, LocalDate day, boolean showEnded) {
        Optional<String> status = p.statusOn(day).map(Vocabulary::code);
        if (status.isPresent()) {
            return status;
        }
        return showEnded && Periods.endedBy(p.period(), day) ? Optional.of(ENDED) : Optional.empty();
    }

    @Override
    public List<Map<String, Object>> features(LayerQuery query) {
        Map<String, Source> catalogue = sources.catalogue();
        List<Map<String, Object>> features = new ArrayList<>();
        for (MilitaryPresence p : presences.all()) {
            Optional<String> status = query.asOf().isEmpty() ? Optional.of(Vocabulary.code(p.status()))
                    : statusDrawn(p, query.asOf().get(), query.keepEnded());
            if (status.isEmpty()) {
                continue;
            }
            Map<String, Object> feature = GeoJson.feature(p.id(), GeoJson.point(p.location()), p.name(),
                    Vocabulary.code(p.kind()), status.get(), p.period(), sources.describe(p.citations(), catalogue));
            Map<String, Object> props = GeoJson.properties(feature);
            props.put("operator", p.operator().value());
            props.put("host", p.host().value());
            props.put("altNames", p.altNames());
            props.put("precision", p.precision().code());
            props.put("offshore", p.offshore());
            props.put("locationNote", p.locationNote());
            props.put("personnel", p.personnel());
            props.put("notes", p.notes());
            props.put("history", p.history().stream().map(change -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("from", change.from().toString());
                row.put("status", Vocabulary.code(change.status()));
                row.put("personnel", change.personnel());
                row.put("note", change.note());
                row.put("sources", GeoJson.partSources(feature, sources.describe(change.citations(), catalogue)));
                return row;
            }).toList());
            features.add(feature);
        }
        return features;
    }

    @Override
    public Optional<FeatureSummary> find(String id) {
        return presences.find(id).map(this::summary);
    }

    private FeatureSummary summary(MilitaryPresence p) {
        return new FeatureSummary(ID, p.id(), p.name(), Vocabulary.code(p.kind()), p.period());
    }

    @Override
    public Optional<LocalDate> dayDrawn(String id, LocalDate day, boolean showEnded) {
        return presences.find(id).filter(p -> statusDrawn(p, day, showEnded).isEmpty())
                .map(p -> p.period().from().firstDay());
    }

    @Override
    public Optional<Card> card(String id, LocalDate day) {
        return presences.find(id).map(p -> {
            List<Card.Fact> facts = new Card.Facts()
                    .row("Operator", countries.nameOf(p.operator()))
                    .row("Host", countries.nameOf(p.host()))
                    .row("Kind", kindLabel(p))
                    .row("Status on " + day, statusText(p, day))
                    .row("Period", Periods.text(p.period()))
                    .row("Personnel", p.personnel())
                    .row("Location", p.precision().code() + (p.locationNote() == null ? "" : ": " + p.locationNote()))
                    .row("Also known as", String.join(", ", p.altNames()))
                    .row("Notes", p.notes())
                    .list();
            List<Card.Section> sections = new ArrayList<>();
            if (!p.history().isEmpty()) {
                sections.add(new Card.Section("History", p.history().stream()
                        .map(h -> h.from() + ": " + Vocabulary.code(h.status())
                                + (h.personnel() == null ? "" : " (" + h.personnel() + ")")
                                + (h.note() == null ? "" : ". " + h.note())).toList(), List.of()));
            }
            sections.add(new Card.Section("Countries", List.of(), List.of(
                    Card.Link.country("Host: " + countries.nameOf(p.host()), p.host().value()),
                    Card.Link.country("Operator: " + countries.nameOf(p.operator()), p.operator().value()))));
            List<Citation> all = new ArrayList<>(p.citations());
            p.history().forEach(h -> all.addAll(h.citations()));
            return new Card(p.name(), facts, sections, all);
        });
    }

    @Override
    public List<Card.Section> profileSections(CountryCode country, LocalDate day) {
        List<Card.Link> hosted = new ArrayList<>();
        List<Card.Link> abroad = new ArrayList<>();
        for (MilitaryPresence p : presences.all()) {
            if (Periods.notYet(p.period(), day)) {
                continue;
            }
            if (p.host().equals(country)) {
                hosted.add(link(p, day, p.operator()));
            }
            if (p.operator().equals(country)) {
                abroad.add(link(p, day, p.host()));
            }
        }
        // Current sites first, then those that have ended by the day: an ended border post must
        // not read as if it stood beside the base that is still there.
        hosted.sort((a, b) -> Boolean.compare(a.ended(), b.ended()));
        abroad.sort((a, b) -> Boolean.compare(a.ended(), b.ended()));
        return List.of(new Card.Section("Military presence hosted", List.of(), hosted),
                new Card.Section("Military presence abroad", List.of(), abroad));
    }

    private Card.Link link(MilitaryPresence p, LocalDate day, CountryCode other) {
        boolean ended = p.statusOn(day).map(PresenceStatus::isOver).orElse(true);
        String state = p.statusOn(day).filter(s -> !s.isOver())
                .map(s -> Vocabulary.code(s) + " since " + p.period().from())
                .orElseGet(() -> "ended " + p.period().end().map(PartialDate::toString)
                        .orElseGet(() -> p.statusOn(day).map(Vocabulary::code).orElse("")));
        String who = p.host().equals(other) ? "in " + other.value() : other.value();
        return new Card.Link(p.name() + " (" + who + "; " + state + ")", ID, p.id(), ended);
    }

    @Override
    public Map<String, List<String>> profileIds(CountryCode country, Optional<LocalDate> day) {
        List<MilitaryPresence> present = presences.all().stream()
                .filter(p -> day.isEmpty() || p.statusOn(day.get()).isPresent()).toList();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put("presenceHosted", present.stream().filter(p -> p.host().equals(country)).map(MilitaryPresence::id).toList());
        ids.put("presenceOperated", present.stream().filter(p -> p.operator().equals(country)).map(MilitaryPresence::id).toList());
        return ids;
    }

    @Override
    public List<SearchCandidate> searchCandidates() {
        return presences.all().stream().map(p -> new SearchCandidate(summary(p), names(p.name(), p.altNames()),
                List.of(nullToEmpty(p.locationNote()), countries.nameOf(p.host())),
                List.of(nullToEmpty(p.notes()), nullToEmpty(p.personnel())), day -> statusText(p, day))).toList();
    }

    private static String statusText(MilitaryPresence p, LocalDate day) {
        return p.statusOn(day).map(Vocabulary::code)
                .orElse(Periods.notYet(p.period(), day) ? "not yet there" : "ended " + p.period().end().map(Object::toString).orElse(""));
    }

    private static String kindLabel(MilitaryPresence p) {
        return SYMBOLOGY.label("kind", Vocabulary.code(p.kind())).orElse(Vocabulary.code(p.kind()));
    }

    static List<String> names(String name, List<String> alt) {
        List<String> all = new ArrayList<>(alt);
        all.add(0, name);
        return all;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
