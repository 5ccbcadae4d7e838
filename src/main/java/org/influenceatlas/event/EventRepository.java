package org.influenceatlas.event;

import org.influenceatlas.base.Cells;
import org.influenceatlas.base.GeoPoint;
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

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Event> findAll(Map<String, List<Citation>> citations) {
        return jdbc.sql("""
                        SELECT id, valid_from, valid_to, name, alt_names, kind, lat, lon, precision_code, place, countries, summary
                        FROM event ORDER BY valid_from, id""")
                .query((rs, n) -> new Event(rs.getString(1), Period.parse(rs.getString(2), rs.getString(3)),
                        rs.getString(4), Cells.split(rs.getString(5)), Vocabulary.parse(EventKind.class, rs.getString(6)),
                        new GeoPoint(rs.getDouble(7), rs.getDouble(8)), Precision.parse(rs.getString(9)),
                        rs.getString(10), Cells.countries(rs.getString(11)), rs.getString(12),
                        citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    void replaceAll(Collection<Event> events) {
        jdbc.sql("DELETE FROM event").update();
        for (Event e : events) {
            jdbc.sql("""
                            INSERT INTO event (id, valid_from, valid_to, name, alt_names, kind, lat, lon, precision_code,
                                place, countries, summary)
                            VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""")
                    .params(e.id(), e.period().from().toString(), e.period().end().map(PartialDate::toString).orElse(null),
                            e.name(), Cells.join(e.altNames()), Vocabulary.code(e.kind()), e.location().latitude(),
                            e.location().longitude(), e.precision().code(), e.place(), Cells.join(e.countries()), e.summary())
                    .update();
        }
    }
}
