package org.influenceatlas.corridor;

import org.influenceatlas.base.Cells;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.source.Citation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Repository
class CorridorRepository {

    private final JdbcClient jdbc;

    CorridorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Corridor> findAll(Map<String, List<Citation>> citations) {
        Map<String, List<Segment>> segments = new HashMap<>();
        jdbc.sql("SELECT id, corridor_id, seq, name, status, valid_from, valid_to, waypoints FROM corridor_segment")
                .query(rs -> {
                    segments.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Segment(
                            rs.getString(1), rs.getInt(3), rs.getString(4),
                            Vocabulary.parse(CorridorStatus.class, rs.getString(5)),
                            Period.parse(rs.getString(6), rs.getString(7)), Waypoint.parseRoute(rs.getString(8)),
                            citations.getOrDefault(rs.getString(1), List.of())));
                });
        return jdbc.sql("""
                        SELECT id, name, alt_names, kind, status, bypasses_russia, countries, valid_from, valid_to,
                               capacity, sponsors, notes
                        FROM corridor ORDER BY id""")
                .query((rs, n) -> new Corridor(rs.getString(1), rs.getString(2), Cells.split(rs.getString(3)),
                        Vocabulary.parse(CorridorKind.class, rs.getString(4)),
                        Vocabulary.parse(CorridorStatus.class, rs.getString(5)), rs.getBoolean(6),
                        Cells.countries(rs.getString(7)), Period.parse(rs.getString(8), rs.getString(9)),
                        rs.getString(10), Cells.split(rs.getString(11)), rs.getString(12),
                        segments.getOrDefault(rs.getString(1), List.of()), citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    void replaceAll(Collection<Corridor> corridors) {
        jdbc.sql("DELETE FROM corridor_segment").update();
        jdbc.sql("DELETE FROM corridor").update();
        for (Corridor c : corridors) {
            jdbc.sql("""
                            INSERT INTO corridor (id, name, alt_names, kind, status, bypasses_russia, countries,
                                valid_from, valid_to, capacity, sponsors, notes)
                            VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""")
                    .params(c.id(), c.name(), Cells.join(c.altNames()), Vocabulary.code(c.kind()),
                            Vocabulary.code(c.status()), c.bypassesRussia(), Cells.join(c.countries()),
                            c.period().from().toString(), c.period().end().map(PartialDate::toString).orElse(null),
                            c.capacity(), Cells.join(c.sponsors()), c.notes())
                    .update();
            for (Segment s : c.segments()) {
                jdbc.sql("""
                                INSERT INTO corridor_segment (id, corridor_id, seq, name, status, valid_from, valid_to, waypoints)
                                VALUES (?,?,?,?,?,?,?,?)""")
                        .params(s.id(), c.id(), s.seq(), s.name(), Vocabulary.code(s.status()),
                                s.period().from().toString(), s.period().end().map(PartialDate::toString).orElse(null),
                                Waypoint.format(s.route()))
                        .update();
            }
        }
    }
}
