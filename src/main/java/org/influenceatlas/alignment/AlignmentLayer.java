package org.influenceatlas.alignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.country.Boundary;
import org.influenceatlas.country.Country;
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
import org.influenceatlas.layer.Symbology.Visual;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Alliance status: each country filled by its stance towards Russia on the date, its
 * memberships alongside (the map outlines an organisation's members). A country with no stance
 * recorded is hatched, so it cannot pass for any stance. The stance scale is ColorBrewer's
 * purple-orange diverging scheme, except that "hedging" takes a sage of its own: the scheme's
 * near-white read as "no data".
 *
 * <p>Symbols resolve from three properties: {@code id}, {@code area} (the outline's status:
 * occupied or breakaway areas are dashed) and {@code status} (the stance on the date, as the
 * layer's features carry it).
 */
@Component
@Order(3) // the order of the layer switches
public class AlignmentLayer implements Layer {

    public static final String ID = "alignments";

    static final Symbology SYMBOLOGY = new Symbology(10, List.of(
            new Channel("id", Visual.FILL, "Country", List.of(Category.color("Russia", "#5b5b5b", "RUS")), null),
            new Channel("area", Visual.FILL, "Area", List.of(
                    new Category(List.of("occupied", "breakaway"), "Occupied or breakaway (dashed)", "#6b1d1d", null, "4 3")), null),
            new Channel("status", Visual.FILL, "Stance towards Russia", List.of(
                    Category.color("Ally of Russia", "#b35806", "ally"),
                    Category.color("Close partner", "#f1a340", "close-partner"),
                    Category.color("Partner", "#fee0b6", "partner"),
                    Category.color("Hedging", "#b5c99a", "hedging"),
                    Category.color("Strained", "#d8daeb", "strained"),
                    Category.color("Adversarial", "#998ec3", "adversarial"),
                    Category.color("At war with Russia", "#542788", "at-war")),
                    new Category(List.of(), "No stance recorded (hatched)", null, "hatch", null))),
            List.of(), "name");

    private final AlignmentService alignments;
    private final CountryService countries;
    private final SourceService sources;
    private final ObjectMapper json;

    AlignmentLayer(AlignmentService alignments, CountryService countries, SourceService sources, ObjectMapper json) {
        this.alignments = alignments;
        this.countries = countries;
        this.sources = sources;
        this.json = json;
    }

    /** The map has the outlines already (the base map): it asks for the alignments without them. */
    static final Definition DEFINITION = new Definition(ID, "Alliance status",
            "Each country's stance towards Russia and its memberships on the chosen date", "MultiPolygon", SYMBOLOGY, DateRule.SERIES);

    @Override
    public Definition definition() {
        return DEFINITION;
    }

    @Override
    public String mapHref() {
        return "api/v1/layers/" + ID + "?geometry=none";
    }

    @Override
    public List<String> parameters() {
        return List.of("geometry");
    }

    /** One feature per country with memberships or a stance; the map has the outlines and asks for none. */
    @Override
    public List<Map<String, Object>> features(LayerQuery query) {
        Map<String, Source> catalogue = sources.catalogue();
        Map<String, JsonNode> geometries = query.geometry() ? geometries() : Map.of();
        Optional<LocalDate> asOf = query.asOf();
        List<Map<String, Object>> features = new ArrayList<>();
        for (Alignment a : alignments.all()) {
            List<Membership> memberships = asOf.map(a::membershipsOn).orElse(a.memberships());
            Optional<Stance> stance = asOf.isPresent() ? a.stanceOn(asOf.get()) : a.stances().stream().reduce((x, y) -> y);
            if (asOf.isPresent() && memberships.isEmpty() && stance.isEmpty()) {
                continue;
            }
            String code = a.country().value();
            LinkedHashSet<Citation> citations = new LinkedHashSet<>();
            memberships.forEach(m -> citations.addAll(m.citations()));
            (asOf.isPresent() ? stance.stream().toList() : a.stances()).forEach(s -> citations.addAll(s.citations()));
            Map<String, Object> feature = GeoJson.feature(code, geometries.get(code), countries.nameOf(a.country()), "country",
                    stance.map(s -> Vocabulary.code(s.value())).orElse(null), span(a),
                    sources.describe(List.copyOf(citations), catalogue));
            Map<String, Object> props = GeoJson.properties(feature);
            // Each membership and stance carries its own confidence, so that a client filtering the
            // whole history by date can grade what it shows on that date.
            props.put("memberships", memberships.stream().map(m -> graded(membership(m), m.citations(), catalogue)).toList());
            props.put("stance", stance.map(st -> graded(stance(st), st.citations(), catalogue)).orElse(null));
            props.put("stanceHistory", a.stances().stream().map(st -> graded(stance(st), st.citations(), catalogue)).toList());
            features.add(feature);
        }
        return features;
    }

    public static Map<String, Object> membership(Membership m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", m.id());
        row.put("organisation", m.organisation());
        row.put("relation", Vocabulary.code(m.relation()));
        row.put("from", m.period().from().toString());
        row.put("to", m.period().end().map(PartialDate::toString).orElse(null));
        row.put("notes", m.notes());
        return row;
    }

    private Map<String, Object> graded(Map<String, Object> row, List<Citation> citations, Map<String, Source> catalogue) {
        row.put("confidence", GeoJson.confidence(sources.describe(citations, catalogue), null));
        return row;
    }

    public static Map<String, Object> stance(Stance s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("value", Vocabulary.code(s.value()));
        row.put("since", s.since().toString());
        row.put("event", s.event());
        return row;
    }

    /** From the country's first dated fact, open-ended: the series runs on. */
    private static Period span(Alignment a) {
        PartialDate first = null;
        for (Membership m : a.memberships()) {
            first = first == null || m.period().from().compareTo(first) < 0 ? m.period().from() : first;
        }
        for (Stance s : a.stances()) {
            first = first == null || s.since().compareTo(first) < 0 ? s.since() : first;
        }
        return Period.since(first);
    }

    private Map<String, JsonNode> geometries() {
        Map<String, JsonNode> byId = new HashMap<>();
        for (Boundary b : countries.boundaries()) {
            try {
                byId.put(b.id(), json.readTree(b.featureJson()).get("geometry"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return byId;
    }

    private Optional<Alignment> alignment(CountryCode code) {
        return alignments.all().stream().filter(a -> a.country().equals(code)).findFirst();
    }

    /** The stance of a country on a day, as the map colours it. */
    public Optional<String> stanceOn(String country, LocalDate day) {
        return alignments.all().stream().filter(a -> a.country().value().equals(country)).findFirst()
                .flatMap(a -> a.stanceOn(day)).map(s -> Vocabulary.code(s.value()));
    }

    /** Whether the country is a member of the organisation on the day (the map outlines members). */
    public boolean isMember(String country, String organisation, LocalDate day) {
        return organisation != null && alignments.all().stream().filter(a -> a.country().value().equals(country))
                .flatMap(a -> a.membershipsOn(day).stream())
                .anyMatch(m -> m.organisation().equals(organisation) && m.relation().isInside());
    }

    // Compared as text: a selection such as select=Armenia is not a country code and finds nothing.
    private Optional<Country> country(String id) {
        return countries.all().stream().filter(c -> c.code().value().equals(id)).findFirst();
    }

    private Optional<Organisation> organisation(String id) {
        return alignments.organisations().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** A country, or an organisation (whose members the map outlines). */
    @Override
    public Optional<FeatureSummary> find(String id) {
        return country(id).map(AlignmentLayer::summary)
                .or(() -> organisation(id).map(o -> new FeatureSummary(ID, o.id(), o.name(), "organisation", o.period())));
    }

    @Override
    public Optional<String> organisationOf(String id) {
        return country(id).isPresent() ? Optional.empty() : organisation(id).map(Organisation::id);
    }

    private static FeatureSummary summary(Country c) {
        return new FeatureSummary(ID, c.code().value(), c.name(), Vocabulary.code(c.status()), Period.since(PartialDate.parse("1900")));
    }

    @Override
    public Optional<CountryCode> countryOf(String id) {
        return country(id).map(Country::code);
    }

    /** Countries are always drawn. */
    @Override
    public Optional<LocalDate> dayDrawn(String id, LocalDate day, boolean showEnded) {
        return Optional.empty();
    }

    @Override
    public Optional<Card> card(String id, LocalDate day) {
        return country(id).map(country -> countryCard(country, day)).or(() -> organisation(id).map(o -> organisationCard(o, day)));
    }

    /** An organisation: what it is, and its members and other relations on the date, current ones first. */
    private Card organisationCard(Organisation o, LocalDate day) {
        List<Membership> all = alignments.all().stream().flatMap(a -> a.memberships().stream())
                .filter(m -> m.organisation().equals(o.id())).toList();
        List<Card.Link> now = all.stream().filter(m -> m.period().contains(day))
                .map(m -> Card.Link.country(countries.nameOf(m.country()) + " (" + Vocabulary.code(m.relation()) + " since "
                        + m.period().from() + ")", m.country().value())).toList();
        List<Card.Link> other = all.stream().filter(m -> !m.period().contains(day))
                .map(m -> new Card.Link(countries.nameOf(m.country()) + " (" + Vocabulary.code(m.relation()) + ", "
                        + Periods.text(m.period()) + ")", Card.COUNTRY_LAYER, m.country().value(), true)).toList();
        List<Card.Fact> facts = new Card.Facts()
                .row("Full name", o.fullName())
                .row("Kind", o.kind())
                .row("Period", Periods.text(o.period()))
                .row("Notes", o.notes())
                .list();
        LinkedHashSet<Citation> cited = new LinkedHashSet<>(o.citations());
        all.forEach(m -> cited.addAll(m.citations()));
        return new Card(o.name(), facts, List.of(new Card.Section("Members and partners on " + day, List.of(), now),
                new Card.Section("At other times", List.of(), other)), List.copyOf(cited));
    }

    private Card countryCard(Country country, LocalDate day) {
        {
            Optional<Alignment> alignment = alignment(country.code());
            Optional<Stance> stance = alignment.flatMap(a -> a.stanceOn(day));
            List<Card.Fact> facts = new Card.Facts()
                    .row("Status", Vocabulary.code(country.status())
                            + (country.claimedBy() == null ? "" : ", claimed by " + country.claimedBy()))
                    .row("Stance towards Russia on " + day, stance.map(s -> Vocabulary.code(s.value()) + " (since " + s.since() + ")")
                            .orElse("none recorded"))
                    .row("Notes", country.notes())
                    .list();
            List<Membership> memberships = alignment.map(Alignment::memberships).orElse(List.of());
            List<Card.Section> sections = new ArrayList<>();
            // Current memberships first, then the others, each marked: a membership that ended
            // must not read as a current one.
            List<String> lines = Stream.concat(
                    memberships.stream().filter(m -> m.period().contains(day)).map(m -> "● " + membershipLine(m)),
                    memberships.stream().filter(m -> !m.period().contains(day))
                            .map(m -> "○ " + membershipLine(m) + (Periods.notYet(m.period(), day) ? " (later)" : " (ended)"))).toList();
            sections.add(new Card.Section("Memberships on " + day + " (●) and at other times (○)", lines, List.of()));
            sections.add(new Card.Section("Stance history", alignment.map(Alignment::stances).orElse(List.of()).stream()
                    .map(s -> s.since() + ": " + Vocabulary.code(s.value()) + (s.event() == null ? "" : ". " + s.event())).toList(),
                    List.of()));
            LinkedHashSet<Citation> cited = new LinkedHashSet<>(country.citations());
            memberships.forEach(m -> cited.addAll(m.citations()));
            alignment.ifPresent(a -> a.stances().forEach(s -> cited.addAll(s.citations())));
            return new Card(country.name(), facts, sections, List.copyOf(cited));
        }
    }

    private static String membershipLine(Membership m) {
        return m.organisation() + ": " + Vocabulary.code(m.relation()) + ", " + Periods.text(m.period());
    }

    /**
     * Countries by name, code and the organisations they belong to ("CSTO" finds its members),
     * and the organisations themselves by acronym, name and full name ("Minsk Group").
     */
    @Override
    public List<SearchCandidate> searchCandidates() {
        List<SearchCandidate> candidates = new ArrayList<>();
        for (Country c : countries.all()) {
            List<String> names = new ArrayList<>(c.altNames());
            names.add(0, c.name());
            List<String> organisations = alignment(c.code()).map(a -> a.memberships().stream().map(Membership::organisation)
                    .distinct().toList()).orElse(List.of());
            candidates.add(new SearchCandidate(summary(c), names, List.of(c.code().value()), organisations,
                    day -> alignment(c.code()).flatMap(a -> a.stanceOn(day)).map(s -> "stance: " + Vocabulary.code(s.value()))
                            .orElse("no stance recorded")));
        }
        for (Organisation o : alignments.organisations()) {
            List<String> names = Stream.of(o.id(), o.name(), o.fullName()).filter(n -> n != null && !n.isBlank()).toList();
            candidates.add(new SearchCandidate(new FeatureSummary(ID, o.id(), o.name(), "organisation", o.period()), names,
                    List.of(), List.of(o.notes() == null ? "" : o.notes()), day -> {
                        long members = alignments.all().stream().flatMap(a -> a.membershipsOn(day).stream())
                                .filter(m -> m.organisation().equals(o.id()) && m.relation().isInside()).count();
                        return o.period().contains(day) ? members + " members" : "not in existence";
                    }));
        }
        return candidates;
    }
}
