package org.influenceatlas.briefing;

import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.MapView;
import org.influenceatlas.layer.Selection;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

import org.influenceatlas.base.Cells;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class BriefingRepository {

    private final JdbcClient jdbc;

    BriefingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every briefing with its slides. A slide's selection is stored in the map state's text form;
     * one stored before selections kept their layer (a bare id) takes the layer of the feature.
     */
    List<Briefing> findAll(Set<String> layers, Function<String, Optional<String>> layerOf) {
        Map<String, List<Slide>> slides = new HashMap<>();
        jdbc.sql("""
                        SELECT briefing_slug, title, body, as_of, view_lat, view_lon, view_zoom, layers, selected,
                               highlighted, organisation
                        FROM slide ORDER BY briefing_slug, position""")
                .query(rs -> {
                    slides.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Slide(rs.getString(2),
                            rs.getString(3), map(rs.getDate(4).toLocalDate(), rs.getDouble(5), rs.getDouble(6),
                            rs.getInt(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), layers, layerOf)));
                });
        return jdbc.sql("""
                        SELECT slug, title, summary, author, created, updated, data_as_of, bundled, version
                        FROM briefing ORDER BY title""")
                .query((rs, n) -> new Briefing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(),
                        rs.getBoolean(8), rs.getInt(9), slides.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    private static MapState map(LocalDate asOf, double lat, double lon, int zoom, String layersCell, String selected,
                                String highlighted, String organisation, Set<String> layers,
                                Function<String, Optional<String>> layerOf) {
        Optional<Selection> selection = selected == null || selected.isBlank() ? Optional.empty()
                : selected.contains(":") ? Selection.parse(selected, layers)
                : layerOf.apply(selected).map(layer -> new Selection(layer, selected));
        return new MapState(asOf, Set.copyOf(Cells.split(layersCell)), selection, Optional.of(new MapView(lat, lon, zoom)),
                Optional.ofNullable(organisation).filter(o -> !o.isBlank()), Cells.split(highlighted), true, false);
    }

    void replaceBundled(Collection<Briefing> briefings) {
        jdbc.sql("DELETE FROM slide WHERE briefing_slug IN (SELECT slug FROM briefing WHERE bundled = TRUE)").update();
        jdbc.sql("DELETE FROM briefing WHERE bundled = TRUE").update();
        // A bundled briefing that someone edited here became theirs (bundled = FALSE): their copy wins.
        briefings.stream().filter(b -> version(b.slug()).isEmpty()).forEach(this::insert);
    }

    Optional<Integer> version(String slug) {
        return jdbc.sql("SELECT version FROM briefing WHERE slug = ?").param(slug).query(Integer.class).optional();
    }

    /** Inserts a briefing whose slug is free; false if the slug is taken. */
    boolean insertNew(Briefing b) {
        if (version(b.slug()).isPresent()) {
            return false;
        }
        try {
            insert(b);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    /** Replaces the stored briefing if it is still at {@code expectedVersion}; false otherwise. */
    boolean update(Briefing b, int expectedVersion) {
        int rows = jdbc.sql("""
                        UPDATE briefing SET title = ?, summary = ?, author = ?, updated = ?, data_as_of = ?, bundled = ?,
                               version = ?
                        WHERE slug = ? AND version = ?""")
                .params(b.title(), b.summary(), b.author(), Date.valueOf(b.updated()), Date.valueOf(b.dataAsOf()),
                        b.bundled(), b.version(), b.slug(), expectedVersion)
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM slide WHERE briefing_slug = ?").param(b.slug()).update();
        insertSlides(b);
        return true;
    }

    void insert(Briefing b) {
        jdbc.sql("""
                        INSERT INTO briefing (slug, title, summary, author, created, updated, data_as_of, bundled, version)
                        VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(b.slug(), b.title(), b.summary(), b.author(), Date.valueOf(b.created()), Date.valueOf(b.updated()),
                        Date.valueOf(b.dataAsOf()), b.bundled(), b.version())
                .update();
        insertSlides(b);
    }

    private void insertSlides(Briefing b) {
        int position = 1;
        for (Slide s : b.slides()) {
            MapState m = s.map();
            MapView view = m.view().orElseThrow();
            jdbc.sql("""
                            INSERT INTO slide (briefing_slug, position, title, body, as_of, view_lat, view_lon, view_zoom,
                                layers, selected, highlighted, organisation)
                            VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""")
                    .params(b.slug(), position++, s.title(), s.body(), Date.valueOf(m.asOf()), view.latitude(), view.longitude(),
                            view.zoom(), Cells.join(List.copyOf(m.layers())), m.selection().map(Selection::toParameter).orElse(null),
                            Cells.join(m.highlighted()), m.organisation().orElse(null))
                    .update();
        }
    }
}
