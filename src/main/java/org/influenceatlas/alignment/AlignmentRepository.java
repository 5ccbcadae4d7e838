package org.influenceatlas.alignment;

import org.influenceatlas.base.Change;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.FactTable;
import org.influenceatlas.base.History;
import org.influenceatlas.base.KnownOn;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.source.Citation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

@Repository
class AlignmentRepository {

    static final FactTable ORGANISATIONS = FactTable.of("organisation", "organisation", "id", "name", "full_name",
            "kind", "valid_from", "valid_to", "notes");
    static final FactTable MEMBERSHIPS = FactTable.of("membership", "membership", "id", "country", "organisation",
            "relation", "valid_from", "valid_to", "notes");
    static final FactTable STANCES = FactTable.of("stance", "stance", "id", "country", "valid_from", "stance", "event");

    private final JdbcClient jdbc;
    private final History history;

    AlignmentRepository(JdbcClient jdbc, History history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    List<Organisation> findOrganisations(KnownOn known, Map<String, List<Citation>> citations) {
        return jdbc.sql("SELECT id, name, full_name, kind, valid_from, valid_to, notes FROM organisation WHERE "
                        + known.rows() + " ORDER BY id")
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Period.parse(rs.getString(5), rs.getString(6)), rs.getString(7),
                        citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    List<Membership> findMemberships(KnownOn known, Map<String, List<Citation>> citations) {
        return jdbc.sql("SELECT id, country, organisation, relation, valid_from, valid_to, notes FROM membership WHERE "
                        + known.rows() + " ORDER BY id")
                .query((rs, n) -> new Membership(rs.getString(1), CountryCode.of(rs.getString(2)), rs.getString(3),
                        Vocabulary.parse(Relation.class, rs.getString(4)), Period.parse(rs.getString(5), rs.getString(6)),
                        rs.getString(7), citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    List<Stance> findStances(KnownOn known, Map<String, List<Citation>> citations) {
        return jdbc.sql("SELECT id, country, valid_from, stance, event FROM stance WHERE " + known.rows() + " ORDER BY id")
                .query((rs, n) -> new Stance(rs.getString(1), CountryCode.of(rs.getString(2)),
                        PartialDate.parse(rs.getString(3)), Vocabulary.parse(StanceValue.class, rs.getString(4)),
                        rs.getString(5), citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    void replaceAll(Change change, Collection<Organisation> organisations, Collection<Membership> memberships,
                    Collection<Stance> stances) {
        history.replaceAll(change, ORGANISATIONS, organisations.stream().map(AlignmentRepository::row).toList());
        history.replaceAll(change, MEMBERSHIPS, memberships.stream().map(AlignmentRepository::row).toList());
        history.replaceAll(change, STANCES, stances.stream().map(AlignmentRepository::row).toList());
    }

    void save(Change change, Organisation organisation) {
        history.put(change, ORGANISATIONS, row(organisation));
    }

    void save(Change change, Membership membership) {
        history.put(change, MEMBERSHIPS, row(membership));
    }

    void save(Change change, Stance stance) {
        history.put(change, STANCES, row(stance));
    }

    void retireMembership(Change change, String id) {
        history.retire(change, MEMBERSHIPS, id);
    }

    void retireStance(Change change, String id) {
        history.retire(change, STANCES, id);
    }

    private static Map<String, Object> row(Organisation o) {
        return ORGANISATIONS.row(o.id(), o.name(), o.fullName(), o.kind(), o.period().from().toString(),
                o.period().end().map(PartialDate::toString).orElse(null), o.notes());
    }

    private static Map<String, Object> row(Membership m) {
        return MEMBERSHIPS.row(m.id(), m.country().value(), m.organisation(), Vocabulary.code(m.relation()),
                m.period().from().toString(), m.period().end().map(PartialDate::toString).orElse(null), m.notes());
    }

    private static Map<String, Object> row(Stance s) {
        return STANCES.row(s.id(), s.country().value(), s.since().toString(), Vocabulary.code(s.value()), s.event());
    }
}
