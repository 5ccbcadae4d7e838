package org.influenceatlas.event;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.Precision;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.layer.Card;
import org.influenceatlas.layer.DateRule;
import org.influenceatlas.layer.FeatureSummary;
import org.influenceatlas.layer.GeoJson;
import org.influenceatlas.layer.Layer;
import org.influenceatlas.layer.LayerQuery;
import org.influenceatlas.layer.SearchCandidate;
import org.influenceatlas.layer.Symbology;
import org.influenceatlas.layer.Symbology.Category;
import org.influenceatlas.layer.Symbology.Channel;
import org.influenceatlas.layer.Symbology.Visual;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dated events, shown within {@link #WINDOW_DAYS} of the chosen date: a shape and a colour per
 * group of kinds. Neither the shapes nor the colours are used by presence, so an event never
 * passes for a base (Paul Tol's palettes, which stay apart from the Okabe-Ito operator colours).
 */
@Component
@Order(4) // the order of the layer switches
public class EventLayer implements Layer {

    public static final String ID = "events";
    /** Events within this many days (about six months) of the chosen date are shown, on screen and on paper. */
    public static final int WINDOW_DAYS = 183;

    private static final String[] WAR = {"war", "offensive", "intervention"};
    private static final String[] TREATY = {"treaty", "deal", "summit"};
    private static final String[] WITHDRAWAL = {"withdrawal", "ceasefire"};
    private static final String[] CHANGE = {"regime-change", "election", "recognition"};

    static final Symbology SYMBOLOGY = new Symbology(30, List.of(
            new Channel("kind", Visual.COLOR, "Kind", List.of(
                    Category.color("War, offensive or intervention", "#661100", WAR),
                    Category.color("Treaty, deal or summit", "#332288", TREATY),
                    Category.color("Withdrawal or ceasefire", "#DDCC77", WITHDRAWAL),
                    Category.color("Regime change, election or recognition", "#999933", CHANGE)),
                    null),
            new Channel("kind", Visual.SHAPE, "Kind", List.of(
                    Category.shape("War, offensive or intervention", "burst", WAR),
                    Category.shape("Treaty, deal or summit", "pennant", TREATY),
                    Category.shape("Withdrawal or ceasefire", "chevron-down", WITHDRAWAL),
                    Category.shape("Regime change, election or recognition", "plus", CHANGE)),
                    null)),
            List.of(), "name");

    private final EventService events;
    private final CountryService countries;
    private final SourceService sources;

    EventLayer(EventService events, CountryService countries, SourceService sources) {
        this.events = events;
        this.countries = countries;
        this.sources = sources;
    }

    static final Definition DEFINITION = new Definition(ID, "Events",
            "Wars, treaties, withdrawals and other dated events, shown within " + WINDOW_DAYS + " days of the chosen date", "Point", SYMBOLOGY, DateRule.WINDOW);

    @Override
    public Definition definition() {
        return DEFINITION;
    }

    @Override
    public Optional<Integer> windowDays() {
        return Optional.of(WINDOW_DAYS);
    }

    @Override
    public List<String> parameters() {
        return List.of("window");
    }

    /** With asOf, the events under way within the query's window before or after that day. */
    @Override
    public List<Map<String, Object>> features(LayerQuery query) {
        Map<String, Source> catalogue = sources.catalogue();
        List<Map<String, Object>> features = new ArrayList<>();
        for (Event e : events.all()) {
            if (query.asOf().isPresent() && e.daysFrom(query.asOf().get()) > query.windowDays()) {
                continue;
            }
            Map<String, Object> feature = GeoJson.feature(e.id(), GeoJson.point(e.location()), e.name(),
                    Vocabulary.code(e.kind()), null, e.period(), sources.describe(e.citations(), catalogue));
            Map<String, Object> props = GeoJson.properties(feature);
            // An event without an end lasted its one (partial) date; it is not open-ended.
            props.put("validTo", e.period().end().orElse(e.period().from()).toString());
            props.put("date", e.period().from().toString());
            props.put("countries", e.countries().stream().map(Object::toString).toList());
            props.put("altNames", e.altNames());
            props.put("place", e.place());
            props.put("precision", e.precision().code());
            props.put("summary", e.summary());
            props.put("site", e.site());
            props.put("offshore", e.offshore());
            features.add(feature);
        }
        return features;
    }

    @Override
    public Optional<FeatureSummary> find(String id) {
        return events.find(id).map(EventLayer::summary);
    }

    private static FeatureSummary summary(Event e) {
        return new FeatureSummary(ID, e.id(), e.name(), Vocabulary.code(e.kind()), e.period());
    }

    @Override
    public Optional<LocalDate> dayDrawn(String id, LocalDate day, boolean showEnded) {
        return events.find(id).filter(e -> e.daysFrom(day) > WINDOW_DAYS).map(e -> e.period().from().firstDay());
    }

    @Override
    public Optional<Card> card(String id, LocalDate day) {
        return events.find(id).map(e -> new Card(e.name(), new Card.Facts()
                .row("Date", e.period().from() + e.period().end().map(t -> " to " + t).orElse(""))
                .row("Kind", Vocabulary.code(e.kind()))
                .row("Place", (e.place() == null ? "" : e.place()) + (e.precision() == Precision.APPROXIMATE ? " (approximate location)" : ""))
                .row("Summary", e.summary())
                .list(),
                List.of(new Card.Section("Countries", List.of(), e.countries().stream()
                        .map(code -> Card.Link.country(countries.nameOf(code), code.value())).toList())),
                e.citations()));
    }

    @Override
    public List<Card.Section> profileSections(CountryCode country, LocalDate day) {
        return List.of(new Card.Section("Events", List.of(), events.all().stream().filter(e -> e.countries().contains(country))
                .map(e -> new Card.Link(e.period().from() + ": " + e.name(), ID, e.id())).toList()));
    }

    @Override
    public Map<String, List<String>> profileIds(CountryCode country, Optional<LocalDate> day) {
        return Map.of("events", events.all().stream()
                .filter(e -> e.countries().contains(country))
                .filter(e -> day.isEmpty() || !e.period().from().firstDay().isAfter(day.get()))
                .map(Event::id).toList());
    }

    @Override
    public List<SearchCandidate> searchCandidates() {
        return events.all().stream().map(e -> {
            List<String> names = new ArrayList<>(e.altNames());
            names.add(0, e.name());
            return new SearchCandidate(summary(e), names, List.of(e.place() == null ? "" : e.place()),
                    List.of(e.summary() == null ? "" : e.summary()), day -> e.period().from()
                    + e.period().end().map(t -> " to " + t).orElse(""));
        }).toList();
    }
}
