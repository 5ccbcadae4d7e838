package org.influenceatlas.source;

import org.influenceatlas.base.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Repository
class SourceRepository {

    private final JdbcClient jdbc;

    SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Source> findAll() {
        return jdbc.sql("SELECT id, kind, title, publisher, author, date_text, url, file, notes FROM source ORDER BY id")
                .query((rs, n) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6) == null ? null : PartialDate.parse(rs.getString(6)),
                        rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    Map<String, List<Citation>> findCitations() {
        Map<String, List<Citation>> byFact = new LinkedHashMap<>();
        jdbc.sql("SELECT fact_id, source_id, locator, quote FROM citation ORDER BY fact_id, seq")
                .query(rs -> {
                    byFact.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Citation(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return byFact;
    }

    void replaceAll(Collection<Source> sources, Map<String, List<Citation>> citationsByFact) {
        jdbc.sql("DELETE FROM citation").update();
        jdbc.sql("DELETE FROM source").update();
        for (Source s : sources) {
            jdbc.sql("INSERT INTO source (id, kind, title, publisher, author, date_text, url, file, notes) VALUES (?,?,?,?,?,?,?,?,?)")
                    .params(s.id(), s.kind(), s.title(), s.publisher(), s.author(),
                            s.date() == null ? null : s.date().toString(), s.url(), s.file(), s.notes())
                    .update();
        }
        citationsByFact.forEach((fact, citations) -> {
            int seq = 0;
            for (Citation c : citations) {
                jdbc.sql("INSERT INTO citation (fact_id, seq, source_id, locator, quote) VALUES (?,?,?,?,?)")
                        .params(fact, seq++, c.sourceId(), c.locator(), c.quote())
                        .update();
            }
        });
    }
}
