package org.influenceatlas.corridor;

import org.influenceatlas.base.Cells;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.FactTable;
import org.influenceatlas.base.History;
import org.influenceatlas.base.KnownOn;
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

    static final FactTable CORRIDORS = FactTable.of("corridor", "corridor", "id", "name", "alt_names", "kind", "status",
            "bypasses_russia", "countries", "valid_from", "valid_to", "capacity", "sponsors", "notes");
    static final FactTable SEGMENTS = FactTable.of("segment", "corridor_segment", "id", "corridor_id", "seq", "name",
            "status", "valid_from", "valid_to", "waypoints");

    private final JdbcClient jdbc;
    private final History history;

    CorridorRepository(JdbcClient jdbc, History history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    List<Corridor> findAll(KnownOn known, Map<String, List<Citation>> citations) {
        Map<String, List<Segment>> segments = new HashMap<>();
        jdbc.sql("SELECT id, corridor_id, seq, name, status, valid_from, valid_to, waypoints FROM corridor_segment WHERE "
                        + known.rows())
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
                        FROM corridor WHERE\s""" + known.rows() + " ORDER BY id")
                .query((rs, n) -> new Corridor(rs.getString(1), rs.getString(2), Cells.split(rs.getString(3)),
                        Vocabulary.parse(CorridorKind.class, rs.getString(4)),
                        Vocabulary.parse(CorridorStatus.class, rs.getString(5)), rs.getBoolean(6),
                        Cells.countries(rs.getString(7)), Period.parse(rs.getString(8), rs.getString(9)),
                        rs.getString(10), Cells.split(rs.getString(11)), rs.getString(12),
                        segments.getOrDefault(rs.getString(1), List.of()), citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    void replaceAll(Change change, Collection<Corridor> corridors) {
        history.replaceAll(change, CORRIDORS, corridors.stream().map(CorridorRepository::row).toList());
        history.replaceAll(change, SEGMENTS, corridors.stream()
                .flatMap(c -> c.segments().stream().map(s -> row(c.id(), s))).toList());
    }

    /** Writes the corridor and its segments (those no longer listed are retired). */
    void save(Change change, Corridor c) {
        history.put(change, CORRIDORS, row(c));
        history.replaceWhere(change, SEGMENTS, "corridor_id", c.id(), c.segments().stream().map(s -> row(c.id(), s)).toList());
    }

    void retire(Change change, String id) {
        history.retire(change, CORRIDORS, id);
        history.replaceWhere(change, SEGMENTS, "corridor_id", id, List.of());
    }

    private static Map<String, Object> row(Corridor c) {
        return CORRIDORS.row(c.id(), c.name(), Cells.join(c.altNames()), Vocabulary.code(c.kind()),
                Vocabulary.code(c.status()), c.bypassesRussia(), Cells.join(c.countries()),
                c.period().from().toString(), c.period().end().map(PartialDate::toString).orElse(null),
                c.capacity(), Cells.join(c.sponsors()), c.notes());
    }

    private static Map<String, Object> row(String corridor, Segment s) {
        return SEGMENTS.row(s.id(), corridor, s.seq(), s.name(), Vocabulary.code(s.status()),
                s.period().from().toString(), s.period().end().map(PartialDate::toString).orElse(null),
                Waypoint.format(s.route()));
    }
}
