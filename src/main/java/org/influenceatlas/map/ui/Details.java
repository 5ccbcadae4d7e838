package org.influenceatlas.map.ui;

import org.influenceatlas.base.Precision;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.influenceatlas.alignment.Alignment;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.alignment.Membership;
import org.influenceatlas.alignment.Stance;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.country.Country;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventService;
import org.influenceatlas.map.MapLayer;
import org.influenceatlas.map.Selection;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the side panel's content for a selection on a date, from the feature services. */
@org.springframework.stereotype.Component
class Details {

    record Link(String label, Selection target) {
    }

    record Section(String title, Component body, List<Link> links) {
    }

    record Card(String title, FactList facts, List<Section> sections, SourceList sources) {
    }

    private final PresenceService presences;
    private final CorridorService corridors;
    private final AlignmentService alignments;
    private final EventService events;
    private final CountryService countries;
    private final SourceService sources;

    Details(PresenceService presences, CorridorService corridors, AlignmentService alignments, EventService events,
            CountryService countries, SourceService sources) {
        this.presences = presences;
        this.corridors = corridors;
        this.alignments = alignments;
        this.events = events;
        this.countries = countries;
        this.sources = sources;
    }

    Optional<Card> card(Selection selection, LocalDate day) {
        return switch (selection.layer()) {
            case MILITARY_PRESENCE -> presences.find(selection.id())
                    .map(p -> presence(p, day));
            case CORRIDORS -> corridors.find(selection.id())
                    .map(c -> corridor(c, day));
            case EVENTS -> events.find(selection.id()).map(this::event);
            // compared as text: a selection such as select=Armenia is not a country code and finds nothing
            case ALIGNMENTS -> countries.all().stream().filter(c -> c.code().value().equals(selection.id())).findFirst()
                    .map(c -> country(c, day));
        };
    }

    private Card presence(MilitaryPresence p, LocalDate day) {
        Map<String, String> names = countryNames();
        FactList facts = new FactList()
                .row("Operator", names.getOrDefault(p.operator().value(), p.operator().value()))
                .row("Host", names.getOrDefault(p.host().value(), p.host().value()))
                .row("Kind", Vocabulary.code(p.kind()))
                .row("Status on " + day, p.statusOn(day).map(Vocabulary::code).orElse("not present on this date"))
                .row("Period", period(p.period()))
                .row("Personnel", p.personnel())
                .row("Location", p.precision().code() + (p.locationNote() == null ? "" : ": " + p.locationNote()))
                .row("Also known as", String.join(", ", p.altNames()))
                .row("Notes", p.notes());
        List<Section> sections = new ArrayList<>();
        if (!p.history().isEmpty()) {
            sections.add(new Section("History", paragraphs(p.history().stream()
                    .map(h -> h.from() + ": " + Vocabulary.code(h.status())
                            + (h.personnel() == null ? "" : " (" + h.personnel() + ")")
                            + (h.note() == null ? "" : ". " + h.note())).toList()), List.of()));
        }
        sections.add(new Section("Countries", null, List.of(
                new Link("Host: " + names.getOrDefault(p.host().value(), p.host().value()), country(p.host())),
                new Link("Operator: " + names.getOrDefault(p.operator().value(), p.operator().value()), country(p.operator())))));
        List<Citation> all = new ArrayList<>(p.citations());
        p.history().forEach(h -> all.addAll(h.citations()));
        return new Card(p.name(), facts, sections, sourceList(all));
    }

    private Card corridor(Corridor c, LocalDate day) {
        Map<String, String> names = countryNames();
        FactList facts = new FactList()
                .row("Kind", Vocabulary.code(c.kind()))
                .row("Status", Vocabulary.code(c.status()))
                .row("Bypasses Russia", c.bypassesRussia() ? "yes" : "no")
                .row("Route", c.countries().stream().map(code -> names.getOrDefault(code.value(), code.value()))
                        .collect(Collectors.joining(" → ")))
                .row("Period", period(c.period()))
                .row("Capacity", c.capacity())
                .row("Sponsors", String.join(", ", c.sponsors()))
                .row("Also known as", String.join(", ", c.altNames()))
                .row("Notes", c.notes());
        List<String> segments = c.segments().stream().map(s -> (s.name() == null ? s.id() : s.name()) + ": "
                + Vocabulary.code(s.status()) + ", " + period(s.period())
                + (s.period().contains(day) ? "" : " (not on " + day + ")")).toList();
        List<Citation> all = new ArrayList<>(c.citations());
        c.segments().forEach(s -> all.addAll(s.citations()));
        return new Card(c.name(), facts, List.of(new Section("Segments", paragraphs(segments), List.of()),
                new Section("Countries crossed", null, c.countries().stream()
                        .map(code -> new Link(names.getOrDefault(code.value(), code.value()), country(code))).toList())),
                sourceList(all));
    }

    private Card event(Event e) {
        Map<String, String> names = countryNames();
        FactList facts = new FactList()
                .row("Date", e.period().from() + e.period().end().map(t -> " to " + t).orElse(""))
                .row("Kind", Vocabulary.code(e.kind()))
                .row("Place", (e.place() == null ? "" : e.place()) + (e.precision() == Precision.APPROXIMATE ? " (approximate location)" : ""))
                .row("Summary", e.summary());
        return new Card(e.name(), facts, List.of(new Section("Countries", null, e.countries().stream()
                .map(code -> new Link(names.getOrDefault(code.value(), code.value()), country(code))).toList())),
                sourceList(e.citations()));
    }

    private Card country(Country country, LocalDate day) {
        CountryCode code = country.code();
        Optional<Alignment> alignment = alignments.all().stream().filter(a -> a.country().equals(code)).findFirst();
        Optional<Stance> stance = alignment.flatMap(a -> a.stanceOn(day));
        FactList facts = new FactList()
                .row("Status", Vocabulary.code(country.status())
                        + (country.claimedBy() == null ? "" : ", claimed by " + country.claimedBy()))
                .row("Stance towards Russia on " + day, stance.map(s -> Vocabulary.code(s.value()) + " (since " + s.since() + ")")
                        .orElse("none recorded"))
                .row("Notes", country.notes());
        List<Section> sections = new ArrayList<>();
        List<Membership> memberships = alignment.map(Alignment::memberships).orElse(List.of());
        sections.add(new Section("Memberships (" + day + " marked ●)", paragraphs(memberships.stream()
                .map(m -> (m.period().contains(day) ? "● " : "○ ") + m.organisation() + ": " + Vocabulary.code(m.relation())
                        + ", " + period(m.period())).toList()), List.of()));
        sections.add(new Section("Stance history", paragraphs(alignment.map(Alignment::stances).orElse(List.of()).stream()
                .map(s -> s.since() + ": " + Vocabulary.code(s.value()) + (s.event() == null ? "" : ". " + s.event())).toList()),
                List.of()));
        List<MilitaryPresence> all = presences.all();
        sections.add(new Section("Military presence hosted", null, all.stream().filter(p -> p.host().equals(code))
                .map(p -> new Link(p.name() + " (" + p.operator() + ")", new Selection(MapLayer.MILITARY_PRESENCE, p.id()))).toList()));
        sections.add(new Section("Military presence abroad", null, all.stream().filter(p -> p.operator().equals(code))
                .map(p -> new Link(p.name() + " (" + p.host() + ")", new Selection(MapLayer.MILITARY_PRESENCE, p.id()))).toList()));
        sections.add(new Section("Corridors through " + country.name(), null, corridors.all().stream()
                .filter(c -> c.countries().contains(code))
                .map(c -> new Link(c.name(), new Selection(MapLayer.CORRIDORS, c.id()))).toList()));
        sections.add(new Section("Events", null, events.all().stream().filter(e -> e.countries().contains(code))
                .map(e -> new Link(e.period().from() + ": " + e.name(), new Selection(MapLayer.EVENTS, e.id()))).toList()));
        LinkedHashSet<Citation> cited = new LinkedHashSet<>(country.citations());
        memberships.forEach(m -> cited.addAll(m.citations()));
        alignment.ifPresent(a -> a.stances().forEach(s -> cited.addAll(s.citations())));
        return new Card(country.name(), facts, sections, sourceList(List.copyOf(cited)));
    }

    private SourceList sourceList(List<Citation> citations) {
        Map<String, Source> catalogue = sources.catalogue();
        return new SourceList(citations.stream().distinct().toList(), catalogue);
    }

    private Map<String, String> countryNames() {
        return countries.all().stream().collect(Collectors.toMap(c -> c.code().value(), Country::name));
    }

    private static Selection country(CountryCode code) {
        return new Selection(MapLayer.ALIGNMENTS, code.value());
    }

    private static String period(Period p) {
        return p.from() + " – " + p.end().map(PartialDate::toString).orElse("open");
    }

    private static Component paragraphs(List<String> lines) {
        com.vaadin.flow.component.html.Div div = new com.vaadin.flow.component.html.Div();
        lines.forEach(line -> div.add(new Paragraph(line)));
        return div;
    }
}
