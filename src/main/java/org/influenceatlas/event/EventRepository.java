package org.influenceatlas.event;

import org.influenceatlas.base.Cells;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.FactTable;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.History;
import org.influenceatlas.base.KnownOn;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Precision;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.source.Citation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

@Repository
class EventRepository {

    static final FactTable EVENTS = FactTable.of("event", "event", "id", "valid_from", "valid_to", "name", "alt_names",
            "kind", "lat", "lon", "precision_code", "place", "countries", "summary", "site", "offshore");

    private final JdbcClient jdbc;
    private final History history;

    EventRepository(JdbcClient jdbc, History history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    List<Event> findAll(KnownOn known, Map<String, List<Citation>> citations) {
        return jdbc.sql("""
                        SELECT id, valid_from, valid_to, name, alt_names, kind, lat, lon, precision_code, place, countries, summary,
                               site, offshore
                        FROM event WHERE\s""" + known.rows() + " ORDER BY valid_from, id")
                .query((rs, n) -> new Event(rs.getString(1), Period.parse(rs.getString(2), rs.getString(3)),
                        rs.getString(4), Cells.split(rs.getString(5)), Vocabulary.parse(EventKind.class, rs.getString(6)),
                        new GeoPoint(rs.getDouble(7), rs.getDouble(8)), Precision.parse(rs.getString(9)),
                        rs.getString(10), Cells.countries(rs.getString(11)), rs.getString(12),
                        citations.getOrDefault(rs.getString(1), List.of()), rs.getString(13), rs.getBoolean(14)))
                .list();
    }

    void replaceAll(Change change, Collection<Event> events) {
        history.replaceAll(change, EVENTS, events.stream().map(EventRepository::row).toList());
    }

    void save(Change change, Event event) {
        history.put(change, EVENTS, row(event));
    }

    void retire(Change change, String id) {
        history.retire(change, EVENTS, id);
    }

    private static Map<String, Object> row(Event e) {
        return EVENTS.row(e.id(), e.period().from().toString(), e.period().end().map(PartialDate::toString).orElse(null),
                e.name(), Cells.join(e.altNames()), Vocabulary.code(e.kind()), e.location().latitude(),
                e.location().longitude(), e.precision().code(), e.place(), Cells.join(e.countries()), e.summary(), e.site(),
                e.offshore());
    }
}
