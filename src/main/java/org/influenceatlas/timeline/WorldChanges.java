package org.influenceatlas.timeline;

import org.influenceatlas.alignment.Alignment;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.alignment.Membership;
import org.influenceatlas.alignment.Stance;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.corridor.Segment;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.presence.StatusChange;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed in the world between two days (valid time), derived from the dated facts of every
 * layer: presences that appeared or ended and their status changes, corridors and segments that
 * opened or ended, memberships joined and left, stances taken, events. It reads through the
 * feature services, so it answers for the version in force ({@code knownOn}) like every other read.
 */
@Service
public class WorldChanges {

    public static final String PRESENCE = "military-presence";
    public static final String CORRIDORS = "corridors";
    public static final String ALIGNMENTS = "alignments";
    public static final String EVENTS = "events";

    private final PresenceService presences;
    private final CorridorService corridors;
    private final AlignmentService alignments;
    private final EventService events;
    private final SourceService sources;

    WorldChanges(PresenceService presences, CorridorService corridors, AlignmentService alignments, EventService events,
                 SourceService sources) {
        this.presences = presences;
        this.corridors = corridors;
        this.alignments = alignments;
        this.events = events;
        this.sources = sources;
    }

    /**
     * Every change dated within {@code from..to} (a partial date counts by its first day), ordered
     * by layer, country, date and id; only those concerning {@code country} when it is given.
     */
    @Transactional(readOnly = true)
    public List<WorldChange> between(LocalDate from, LocalDate to, Optional<CountryCode> country) {
        Collector found = new Collector(from, to, sources.catalogue());
        for (MilitaryPresence p : presences.all()) {
            String host = p.host().value();
            found.add(PRESENCE, host, p.period().from(), "appeared", p.id(), p.name(), p.id(),
                    fields("kind", Vocabulary.code(p.kind()), "operator", p.operator().value(), "status", Vocabulary.code(p.status()),
                            "personnel", p.personnel()), p.citations());
            p.period().end().ifPresent(end -> found.add(PRESENCE, host, end, "ended", p.id(), p.name(), p.id(),
                    fields("status", Vocabulary.code(p.status())), p.citations()));
            for (StatusChange c : p.history()) {
                if (!c.from().equals(p.period().from())) {
                    found.add(PRESENCE, host, c.from(), "status", p.id(), p.name(), c.id(),
                            fields("status", Vocabulary.code(c.status()), "personnel", c.personnel(), "note", c.note()), c.citations());
                }
            }
        }
        for (Corridor c : corridors.all()) {
            for (CountryCode code : c.countries()) {
                String on = code.value();
                found.add(CORRIDORS, on, c.period().from(), "appeared", c.id(), c.name(), c.id(),
                        fields("kind", Vocabulary.code(c.kind()), "status", Vocabulary.code(c.status())), c.citations());
                c.period().end().ifPresent(end -> found.add(CORRIDORS, on, end, "ended", c.id(), c.name(), c.id(),
                        fields("status", Vocabulary.code(c.status())), c.citations()));
                for (Segment s : c.segments()) {
                    if (!s.period().from().equals(c.period().from())) {
                        found.add(CORRIDORS, on, s.period().from(), "status", c.id(), c.name(), s.id(),
                                fields("segment", s.name(), "status", Vocabulary.code(s.status())), s.citations());
                    }
                    s.period().end().filter(end -> c.period().end().map(e -> !e.equals(end)).orElse(true))
                            .ifPresent(end -> found.add(CORRIDORS, on, end, "ended", c.id(), c.name(), s.id(),
                                    fields("segment", s.name(), "status", Vocabulary.code(s.status())), s.citations()));
                }
            }
        }
        for (Alignment a : alignments.all()) {
            String on = a.country().value();
            for (Membership m : a.memberships()) {
                Map<String, Object> values = fields("organisation", m.organisation(), "relation", Vocabulary.code(m.relation()));
                found.add(ALIGNMENTS, on, m.period().from(), "joined", m.organisation(), m.organisation(), m.id(), values, m.citations());
                m.period().end().ifPresent(end -> found.add(ALIGNMENTS, on, end, "left", m.organisation(), m.organisation(),
                        m.id(), values, m.citations()));
            }
            for (Stance s : a.stances()) {
                found.add(ALIGNMENTS, on, s.since(), "stance", on, on, s.id(),
                        fields("stance", Vocabulary.code(s.value()), "event", s.event()), s.citations());
            }
        }
        for (Event e : events.all()) {
            List<String> concerned = e.countries().isEmpty() ? java.util.Collections.singletonList(null)
                    : e.countries().stream().map(CountryCode::value).toList();
            for (String on : concerned) {
                found.add(EVENTS, on, e.period().from(), "event", e.id(), e.name(), e.id(),
                        fields("kind", Vocabulary.code(e.kind()), "place", e.place(), "summary", e.summary()), e.citations());
            }
        }
        return found.changes.stream()
                .filter(c -> country.isEmpty() || country.get().value().equals(c.country()))
                .sorted(Comparator.comparing(WorldChange::layer)
                        .thenComparing(WorldChange::country, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(c -> PartialDate.parse(c.date()))
                        .thenComparing(WorldChange::id).thenComparing(WorldChange::change))
                .toList();
    }

    private static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put((String) keyValues[i], keyValues[i + 1]);
        }
        return fields;
    }

    private final class Collector {
        final LocalDate from;
        final LocalDate to;
        final Map<String, Source> catalogue;
        final List<WorldChange> changes = new ArrayList<>();

        Collector(LocalDate from, LocalDate to, Map<String, Source> catalogue) {
            this.from = from;
            this.to = to;
            this.catalogue = catalogue;
        }

        void add(String layer, String country, PartialDate date, String change, String id, String name, String factId,
                 Map<String, Object> fact, List<Citation> citations) {
            LocalDate day = date.firstDay();
            if (day.isBefore(from) || day.isAfter(to)) {
                return;
            }
            changes.add(new WorldChange(layer, country, date.toString(), change, id, name, factId, fact,
                    sources.describe(citations, catalogue)));
        }
    }
}
