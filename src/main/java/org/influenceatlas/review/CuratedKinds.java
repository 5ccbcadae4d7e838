package org.influenceatlas.review;

import org.influenceatlas.alignment.Alignment;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.alignment.Membership;
import org.influenceatlas.alignment.Organisation;
import org.influenceatlas.alignment.Stance;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.corridor.Waypoint;
import org.influenceatlas.country.Country;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.influenceatlas.review.CuratedKind.Bound.line;
import static org.influenceatlas.review.CuratedKind.Bound.list;
import static org.influenceatlas.review.CuratedKind.Bound.text;

/**
 * The kinds of fact curators edit, by type name: the one definition of each (how it is read,
 * checked, written and retired) that proposals, their review and the history use. The bounds
 * are the columns' sizes (db/migration), so a proposal that passes them can be published.
 */
@Component
public class CuratedKinds {

    private final Map<String, CuratedKind<?>> kinds = new LinkedHashMap<>();
    private final SourceService sources;

    CuratedKinds(PresenceService presences, CorridorService corridors, AlignmentService alignments, EventService events,
                 CountryService countries, SourceService sources) {
        this.sources = sources;
        add(new CuratedKind<>("presence", "Military presence", MilitaryPresence.class, MilitaryPresence::id,
                MilitaryPresence::name, presences::find,
                p -> {
                    countries.requireKnown("operator", List.of(p.operator()));
                    countries.requireKnown("host", List.of(p.host()));
                },
                presences::save, presences::retire,
                Map.of("id", line(100), "altNames[]", list(1000), "locationNote", line(1000), "personnel", line(500),
                        "notes", text(4000), "history[].id", line(100), "history[].personnel", line(500),
                        "history[].note", text(2000)),
                List.of(new CuratedKind.Child("presence-status", "presence_id"))));
        add(new CuratedKind<>("corridor", "Corridor", Corridor.class, Corridor::id, Corridor::name, corridors::find,
                c -> {
                    countries.requireKnown("countries", c.countries());
                    for (int i = 0; i < c.segments().size(); i++) {
                        checkRoute("segments[" + i + "].route", c.segments().get(i).route());
                    }
                },
                corridors::save, corridors::retire,
                Map.of("id", line(100), "altNames[]", list(1000), "countries[]", list(500), "capacity", line(500),
                        "sponsors[]", list(1000), "notes", text(4000), "segments[].id", line(100),
                        "segments[].route[].place", new CuratedKind.Bound(100, false, false)),
                List.of(new CuratedKind.Child("segment", "corridor_id"))));
        add(new CuratedKind<>("organisation", "Organisation", Organisation.class, Organisation::id, Organisation::name,
                id -> alignments.organisations().stream().filter(o -> o.id().equals(id)).findFirst(),
                o -> {
                },
                alignments::save, null,
                Map.of("id", line(20), "name", line(200), "fullName", line(500), "kind", line(100), "notes", text(2000)),
                List.of()));
        add(new CuratedKind<>("membership", "Membership", Membership.class, Membership::id,
                m -> m.country() + " in " + m.organisation(),
                id -> alignments.all().stream().flatMap(a -> a.memberships().stream()).filter(m -> m.id().equals(id)).findFirst(),
                m -> {
                    countries.requireKnown("country", List.of(m.country()));
                    if (alignments.organisations().stream().noneMatch(o -> o.id().equals(m.organisation()))) {
                        throw new InvalidField("organisation", "unknown organisation '" + m.organisation() + "'");
                    }
                },
                alignments::save, alignments::retireMembership,
                Map.of("id", line(100), "organisation", line(20), "notes", text(2000)),
                List.of()));
        add(new CuratedKind<>("stance", "Stance", Stance.class, Stance::id, s -> s.country() + " since " + s.since(),
                id -> alignments.all().stream().map(Alignment::stances).flatMap(List::stream)
                        .filter(s -> s.id().equals(id)).findFirst(),
                s -> countries.requireKnown("country", List.of(s.country())),
                alignments::save, alignments::retireStance,
                Map.of("id", line(100), "event", text(2000)),
                List.of()));
        add(new CuratedKind<>("event", "Event", Event.class, Event::id, Event::name, events::find,
                e -> {
                    countries.requireKnown("countries", e.countries());
                    if (e.site() != null && presences.find(e.site()).isEmpty()) {
                        throw new InvalidField("site", "unknown presence '" + e.site() + "'");
                    }
                },
                events::save, events::retire,
                Map.of("id", line(100), "altNames[]", list(1000), "place", line(300), "countries[]", list(500),
                        "summary", text(4000), "site", line(100)),
                List.of()));
        add(new CuratedKind<>("country", "Country", Country.class, c -> c.code().value(), Country::name,
                code -> countries.find(CountryCode.of(code)),
                c -> {
                    if (c.claimedBy() != null) {
                        countries.requireKnown("claimedBy", List.of(c.claimedBy()));
                    }
                },
                countries::save, null,
                Map.of("name", line(200), "altNames[]", list(1000), "notes", text(2000)),
                List.of()));
        add(new CuratedKind<>("source", "Source", Source.class, Source::id, Source::title, sources::find,
                s -> {
                },
                sources::save, sources::retire,
                Map.of("id", line(100), "kind", line(40), "title", line(500), "publisher", line(200), "author", line(200),
                        "url", line(2000), "file", line(200), "notes", text(2000), "reliabilityReason", line(500),
                        "unknown", line(1000)),
                List.of()));
    }

    /** A route is stored as "Place (lat,lon); ..." in one column: a place may not hold its separators, the whole must fit. */
    private static void checkRoute(String field, List<Waypoint> route) {
        for (int i = 0; i < route.size(); i++) {
            String place = route.get(i).place();
            if (place == null || place.isBlank() || place.matches(".*[;()].*")) {
                throw new InvalidField(field + "[" + i + "].place", "is missing or holds ';', '(' or ')'");
            }
        }
        if (Waypoint.format(route).length() > 10000) {
            throw new InvalidField(field, "is longer than 10000 characters as stored; use fewer waypoints");
        }
    }

    private void add(CuratedKind<?> kind) {
        kinds.put(kind.type(), kind);
    }

    /** Every kind, in the order forms and filters list them. */
    public List<CuratedKind<?>> all() {
        return List.copyOf(kinds.values());
    }

    /** The kind of that type name, or an InvalidField naming {@code field} and the known types. */
    public CuratedKind<?> get(String type, String field) {
        CuratedKind<?> kind = type == null ? null : kinds.get(type);
        if (kind == null) {
            throw new InvalidField(field, "'" + type + "' is not one of " + String.join(", ", kinds.keySet()));
        }
        return kind;
    }

    public Optional<CuratedKind<?>> find(String type) {
        return Optional.ofNullable(kinds.get(type));
    }

    /** Whether a source of that id is published (every citation names one). */
    boolean knownSource(String id) {
        return sources.find(id).isPresent();
    }

    /** The facts citing the source, by fact id (a cited source cannot be retired). */
    List<String> citing(String sourceId) {
        return sources.citationsByFact().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> c.sourceId().equals(sourceId)))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
