package org.influenceatlas.source;

import org.influenceatlas.base.Change;
import org.influenceatlas.base.FactTable;
import org.influenceatlas.base.History;
import org.influenceatlas.base.KnownOn;
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

    static final FactTable SOURCES = FactTable.of("source", "source", "id",
            "kind", "title", "publisher", "author", "date_text", "url", "file", "notes", "reliability", "reliability_reason",
            "unknown_fields");
    /** A citation's id is its fact's id and its position: {@code fact#1}, {@code fact#2}. */
    static final FactTable CITATIONS = FactTable.of("citation", "citation", "id",
            "fact_id", "seq", "source_id", "locator", "quote", "credibility", "claim");

    static final FactTable LAYER_CHECKS = FactTable.of("layer-check", "layer_check", "layer", "checked_to", "note");
    /** A curator's note on a fact, keyed by the fact's id: never part of the fact as users see it. */
    static final FactTable CURATION_NOTES = FactTable.of("curation-note", "curation_note", "fact_id", "note");

    private final JdbcClient jdbc;
    private final History history;

    SourceRepository(JdbcClient jdbc, History history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    List<Source> findAll(KnownOn known) {
        return jdbc.sql("SELECT id, kind, title, publisher, author, date_text, url, file, notes, reliability, "
                        + "reliability_reason, unknown_fields FROM source WHERE " + known.rows() + " ORDER BY id")
                .query((rs, n) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6) == null ? null : PartialDate.parse(rs.getString(6)),
                        rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10) == null ? null : Reliability.parse(rs.getString(10)), rs.getString(11),
                        rs.getString(12)))
                .list();
    }

    Map<String, List<Citation>> findCitations(KnownOn known) {
        Map<String, List<Citation>> byFact = new LinkedHashMap<>();
        jdbc.sql("SELECT fact_id, source_id, locator, quote, credibility, claim FROM citation WHERE " + known.rows()
                        + " ORDER BY fact_id, seq")
                .query(rs -> {
                    // Read as a number or null: rs.wasNull() after later reads would describe those columns instead.
                    Number credibility = (Number) rs.getObject(5);
                    byFact.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Citation(rs.getString(2), rs.getString(3), rs.getString(4),
                                    credibility == null ? null : Credibility.of(credibility.intValue()), rs.getBoolean(6)));
                });
        return byFact;
    }

    void replaceAll(Change change, Collection<Source> sources, Map<String, List<Citation>> citationsByFact) {
        history.replaceAll(change, SOURCES, sources.stream().map(SourceRepository::row).toList());
        List<Map<String, Object>> citations = new ArrayList<>();
        citationsByFact.forEach((fact, list) -> citations.addAll(rows(fact, list)));
        history.replaceAll(change, CITATIONS, citations);
    }

    List<LayerCheck> findLayerChecks(KnownOn known) {
        return jdbc.sql("SELECT layer, checked_to, note FROM layer_check WHERE " + known.rows() + " ORDER BY layer")
                .query((rs, n) -> new LayerCheck(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3))).list();
    }

    Map<String, String> findCurationNotes(KnownOn known) {
        Map<String, String> notes = new LinkedHashMap<>();
        jdbc.sql("SELECT fact_id, note FROM curation_note WHERE " + known.rows() + " ORDER BY fact_id")
                .query(rs -> {
                    notes.put(rs.getString(1), rs.getString(2));
                });
        return notes;
    }

    void replaceLayerChecks(Change change, Collection<LayerCheck> checks) {
        history.replaceAll(change, LAYER_CHECKS, checks.stream()
                .map(c -> LAYER_CHECKS.row(c.layer(), c.checkedTo(), c.note())).toList());
    }

    void replaceCurationNotes(Change change, Map<String, String> notes) {
        history.replaceAll(change, CURATION_NOTES, notes.entrySet().stream()
                .map(e -> CURATION_NOTES.row(e.getKey(), e.getValue())).toList());
    }

    void save(Change change, Source source) {
        history.put(change, SOURCES, row(source));
    }

    void retire(Change change, String id) {
        history.retire(change, SOURCES, id);
    }

    void saveCitations(Change change, String fact, List<Citation> citations) {
        history.replaceWhere(change, CITATIONS, "fact_id", fact, rows(fact, citations));
    }

    private static Map<String, Object> row(Source s) {
        return SOURCES.row(s.id(), s.kind(), s.title(), s.publisher(), s.author(),
                s.date() == null ? null : s.date().toString(), s.url(), s.file(), s.notes(),
                s.reliability() == null ? null : s.reliability().code(), s.reliabilityReason(), s.unknown());
    }

    private static List<Map<String, Object>> rows(String fact, List<Citation> citations) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int seq = 1;
        for (Citation c : citations) {
            rows.add(CITATIONS.row(fact + "#" + seq, fact, seq, c.sourceId(), c.locator(), c.quote(),
                    c.credibility() == null ? null : c.credibility().number(), c.claim()));
            seq++;
        }
        return rows;
    }
}
