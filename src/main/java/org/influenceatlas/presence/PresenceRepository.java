package org.influenceatlas.presence;

import org.influenceatlas.base.Cells;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.CountryCode;
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

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Repository
class PresenceRepository {

    static final FactTable PRESENCES = FactTable.of("presence", "presence", "id", "name", "alt_names", "kind",
            "operator", "host", "lat", "lon", "precision_code", "location_note", "valid_from", "valid_to", "status",
            "personnel", "notes", "offshore");
    static final FactTable STATUS_CHANGES = FactTable.of("presence-status", "presence_status", "id", "presence_id",
            "valid_from", "status", "personnel", "note");

    private final JdbcClient jdbc;
    private final History history;

    PresenceRepository(JdbcClient jdbc, History history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    List<MilitaryPresence> findAll(KnownOn known, Map<String, List<Citation>> citations) {
        Map<String, List<StatusChange>> changes = new HashMap<>();
        jdbc.sql("SELECT id, presence_id, valid_from, status, personnel, note FROM presence_status WHERE " + known.rows()
                        + " ORDER BY presence_id, valid_from")
                .query(rs -> {
                    changes.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new StatusChange(
                            rs.getString(1), PartialDate.parse(rs.getString(3)),
                            Vocabulary.parse(PresenceStatus.class, rs.getString(4)), rs.getString(5), rs.getString(6),
                            citations.getOrDefault(rs.getString(1), List.of())));
                });
        return jdbc.sql("""
                        SELECT id, name, alt_names, kind, operator, host, lat, lon, precision_code, location_note,
                               valid_from, valid_to, status, personnel, notes, offshore
                        FROM presence WHERE\s""" + known.rows() + " ORDER BY id")
                .query((rs, n) -> new MilitaryPresence(rs.getString(1), rs.getString(2), Cells.split(rs.getString(3)),
                        Vocabulary.parse(PresenceKind.class, rs.getString(4)), CountryCode.of(rs.getString(5)),
                        CountryCode.of(rs.getString(6)), new GeoPoint(rs.getDouble(7), rs.getDouble(8)),
                        Precision.parse(rs.getString(9)), rs.getString(10), Period.parse(rs.getString(11), rs.getString(12)),
                        Vocabulary.parse(PresenceStatus.class, rs.getString(13)), rs.getString(14), rs.getString(15),
                        changes.getOrDefault(rs.getString(1), List.of()), citations.getOrDefault(rs.getString(1), List.of()),
                        rs.getBoolean(16)))
                .list();
    }

    void replaceAll(Change change, Collection<MilitaryPresence> presences) {
        history.replaceAll(change, PRESENCES, presences.stream().map(PresenceRepository::row).toList());
        history.replaceAll(change, STATUS_CHANGES, presences.stream()
                .flatMap(p -> p.history().stream().map(c -> row(p.id(), c))).toList());
    }

    /** Writes the presence and its status changes (those no longer listed are retired). */
    void save(Change change, MilitaryPresence p) {
        history.put(change, PRESENCES, row(p));
        history.replaceWhere(change, STATUS_CHANGES, "presence_id", p.id(), p.history().stream().map(c -> row(p.id(), c)).toList());
    }

    /** Retires the presence and its status changes. */
    void retire(Change change, String id) {
        history.retire(change, PRESENCES, id);
        history.replaceWhere(change, STATUS_CHANGES, "presence_id", id, List.of());
    }

    private static Map<String, Object> row(MilitaryPresence p) {
        return PRESENCES.row(p.id(), p.name(), Cells.join(p.altNames()), Vocabulary.code(p.kind()), p.operator().value(),
                p.host().value(), p.location().latitude(), p.location().longitude(), p.precision().code(),
                p.locationNote(), p.period().from().toString(),
                p.period().end().map(PartialDate::toString).orElse(null), Vocabulary.code(p.status()),
                p.personnel(), p.notes(), p.offshore());
    }

    private static Map<String, Object> row(String presence, StatusChange c) {
        return STATUS_CHANGES.row(c.id(), presence, c.from().toString(), Vocabulary.code(c.status()), c.personnel(), c.note());
    }
}
