package org.influenceatlas.country;

import org.influenceatlas.base.Cells;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.source.Citation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

@Repository
class CountryRepository {

    private final JdbcClient jdbc;

    CountryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Country> findAll(Map<String, List<Citation>> citations) {
        return jdbc.sql("SELECT code, name, alt_names, status, claimed_by, notes FROM country ORDER BY code")
                .query((rs, n) -> new Country(CountryCode.of(rs.getString(1)), rs.getString(2), Cells.split(rs.getString(3)),
                        Vocabulary.parse(CountryStatus.class, rs.getString(4)),
                        rs.getString(5) == null ? null : CountryCode.of(rs.getString(5)), rs.getString(6),
                        citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    List<Boundary> findBoundaries() {
        return jdbc.sql("SELECT id, feature FROM boundary ORDER BY id")
                .query((rs, n) -> new Boundary(rs.getString(1), rs.getString(2)))
                .list();
    }

    void replaceAll(Collection<Country> countries, Collection<Boundary> boundaries) {
        jdbc.sql("DELETE FROM boundary").update();
        jdbc.sql("DELETE FROM country").update();
        for (Country c : countries) {
            jdbc.sql("INSERT INTO country (code, name, alt_names, status, claimed_by, notes) VALUES (?,?,?,?,?,?)")
                    .params(c.code().value(), c.name(), Cells.join(c.altNames()), Vocabulary.code(c.status()),
                            c.claimedBy() == null ? null : c.claimedBy().value(), c.notes())
                    .update();
        }
        for (Boundary b : boundaries) {
            jdbc.sql("INSERT INTO boundary (id, feature) VALUES (?,?)").params(b.id(), b.featureJson()).update();
        }
    }
}
