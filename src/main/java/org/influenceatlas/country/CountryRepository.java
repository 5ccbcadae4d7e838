package org.influenceatlas.country;

import org.influenceatlas.base.Cells;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.FactTable;
import org.influenceatlas.base.History;
import org.influenceatlas.base.KnownOn;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.source.Citation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

@Repository
class CountryRepository {

    static final FactTable COUNTRIES = FactTable.of("country", "country", "code", "name", "alt_names", "status",
            "claimed_by", "notes");
    static final FactTable BOUNDARIES = FactTable.of("boundary", "boundary", "id", "feature");

    private final JdbcClient jdbc;
    private final History history;

    CountryRepository(JdbcClient jdbc, History history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    List<Country> findAll(KnownOn known, Map<String, List<Citation>> citations) {
        return jdbc.sql("SELECT code, name, alt_names, status, claimed_by, notes FROM country WHERE " + known.rows() + " ORDER BY code")
                .query((rs, n) -> new Country(CountryCode.of(rs.getString(1)), rs.getString(2), Cells.split(rs.getString(3)),
                        Vocabulary.parse(CountryStatus.class, rs.getString(4)),
                        rs.getString(5) == null ? null : CountryCode.of(rs.getString(5)), rs.getString(6),
                        citations.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    List<Boundary> findBoundaries(KnownOn known) {
        return jdbc.sql("SELECT id, feature FROM boundary WHERE " + known.rows() + " ORDER BY id")
                .query((rs, n) -> new Boundary(rs.getString(1), rs.getString(2)))
                .list();
    }

    void replaceAll(Change change, Collection<Country> countries, Collection<Boundary> boundaries) {
        history.replaceAll(change, COUNTRIES, countries.stream().map(CountryRepository::row).toList());
        history.replaceAll(change, BOUNDARIES, boundaries.stream().map(CountryRepository::row).toList());
    }

    void save(Change change, Country country) {
        history.put(change, COUNTRIES, row(country));
    }

    void save(Change change, Boundary boundary) {
        history.put(change, BOUNDARIES, row(boundary));
    }

    private static Map<String, Object> row(Country c) {
        return COUNTRIES.row(c.code().value(), c.name(), Cells.join(c.altNames()), Vocabulary.code(c.status()),
                c.claimedBy() == null ? null : c.claimedBy().value(), c.notes());
    }

    private static Map<String, Object> row(Boundary b) {
        return BOUNDARIES.row(b.id(), b.featureJson());
    }
}
