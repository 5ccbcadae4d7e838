package org.influenceatlas.presence;

import org.influenceatlas.base.Cells;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Precision;
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
class PresenceRepository {

    private final JdbcClient jdbc;

    PresenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MilitaryPresence> findAll(Map<String, List<Citation>> citations) {
        Map<String, List<StatusChange>> history = new HashMap<>();
        jdbc.sql("SELECT id, presence_id, valid_from, status, personnel, note FROM presence_status ORDER BY presence_id, valid_from")
                .query(rs -> {
                    history.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new StatusChange(
                            rs.getString(1), PartialDate.parse(rs.getString(3)),
                            Vocabulary.parse(PresenceStatus.class, rs.getString(4)), rs.getString(5), rs.getString(6),
                            citations.getOrDefault(rs.getString(1), List.of())));
                });
        return jdbc.sql("""
                        SELECT id, name, alt_names, kind, operator, host, lat, lon, precision_code, location_note,
                               valid_from, valid_to, status, personnel, notes
                        FROM presence ORDER BY id""")
                .query((rs, n) -> new MilitaryPresence(rs.getString(1), rs.getString(2), Cells.split(rs.getString(3)),
                        Vocabulary.parse(PresenceKind.class, rs.getString(4)), CountryCode.of(rs.getString(5)),
                        CountryCode.of(rs.getString(6)), new GeoPoint(rs.getDouble(7), rs.getDouble(8)),
                        Precision.parse(rs.getString(9)), rs.getString(10), Period.parse(rs.getString(11), rs.getString(12)),
                        Vocabulary.parse(PresenceStatus.class, rs.getString(13)), rs.getString(14), rs.getString(15),
                        history.getOrDefault(rs.getString(1), List.of()), citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    void replaceAll(Collection<MilitaryPresence> presences) {
        jdbc.sql("DELETE FROM presence_status").update();
        jdbc.sql("DELETE FROM presence").update();
        for (MilitaryPresence p : presences) {
            jdbc.sql("""
                            INSERT INTO presence (id, name, alt_names, kind, operator, host, lat, lon, precision_code,
                                location_note, valid_from, valid_to, status, personnel, notes)
                            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                    .params(p.id(), p.name(), Cells.join(p.altNames()), Vocabulary.code(p.kind()), p.operator().value(),
                            p.host().value(), p.location().latitude(), p.location().longitude(), p.precision().code(),
                            p.locationNote(), p.period().from().toString(),
                            p.period().end().map(PartialDate::toString).orElse(null), Vocabulary.code(p.status()),
                            p.personnel(), p.notes())
                    .update();
            for (StatusChange c : p.history()) {
                jdbc.sql("INSERT INTO presence_status (id, presence_id, valid_from, status, personnel, note) VALUES (?,?,?,?,?,?)")
                        .params(c.id(), p.id(), c.from().toString(), Vocabulary.code(c.status()), c.personnel(), c.note())
                        .update();
            }
        }
    }
}
