package org.influenceatlas.alignment;

import org.influenceatlas.base.CountryCode;
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

    private final JdbcClient jdbc;

    AlignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Organisation> findOrganisations(Map<String, List<Citation>> citations) {
        return jdbc.sql("SELECT id, name, full_name, kind, valid_from, valid_to, notes FROM organisation ORDER BY id")
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Period.parse(rs.getString(5), rs.getString(6)), rs.getString(7),
                        citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    List<Membership> findMemberships(Map<String, List<Citation>> citations) {
        return jdbc.sql("SELECT id, country, organisation, relation, valid_from, valid_to, notes FROM membership ORDER BY id")
                .query((rs, n) -> new Membership(rs.getString(1), CountryCode.of(rs.getString(2)), rs.getString(3),
                        Vocabulary.parse(Relation.class, rs.getString(4)), Period.parse(rs.getString(5), rs.getString(6)),
                        rs.getString(7), citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    List<Stance> findStances(Map<String, List<Citation>> citations) {
        return jdbc.sql("SELECT id, country, valid_from, stance, event FROM stance ORDER BY id")
                .query((rs, n) -> new Stance(rs.getString(1), CountryCode.of(rs.getString(2)),
                        PartialDate.parse(rs.getString(3)), Vocabulary.parse(StanceValue.class, rs.getString(4)),
                        rs.getString(5), citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    void replaceAll(Collection<Organisation> organisations, Collection<Membership> memberships, Collection<Stance> stances) {
        jdbc.sql("DELETE FROM membership").update();
        jdbc.sql("DELETE FROM stance").update();
        jdbc.sql("DELETE FROM organisation").update();
        for (Organisation o : organisations) {
            jdbc.sql("INSERT INTO organisation (id, name, full_name, kind, valid_from, valid_to, notes) VALUES (?,?,?,?,?,?,?)")
                    .params(o.id(), o.name(), o.fullName(), o.kind(), o.period().from().toString(),
                            o.period().end().map(PartialDate::toString).orElse(null), o.notes())
                    .update();
        }
        for (Membership m : memberships) {
            jdbc.sql("INSERT INTO membership (id, country, organisation, relation, valid_from, valid_to, notes) VALUES (?,?,?,?,?,?,?)")
                    .params(m.id(), m.country().value(), m.organisation(), Vocabulary.code(m.relation()),
                            m.period().from().toString(), m.period().end().map(PartialDate::toString).orElse(null), m.notes())
                    .update();
        }
        for (Stance s : stances) {
            jdbc.sql("INSERT INTO stance (id, country, valid_from, stance, event) VALUES (?,?,?,?,?)")
                    .params(s.id(), s.country().value(), s.since().toString(), Vocabulary.code(s.value()), s.event())
                    .update();
        }
    }
}
