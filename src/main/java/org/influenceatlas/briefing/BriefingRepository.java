package org.influenceatlas.briefing;

import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.MapView;
import org.influenceatlas.layer.Selection;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

import org.influenceatlas.base.Cells;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.FactTable;
import org.influenceatlas.base.History;
import org.influenceatlas.base.KnownOn;
import org.influenceatlas.base.Revision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Repository
class BriefingRepository {

    static final FactTable BRIEFINGS = FactTable.of("briefing", "briefing", "slug", "title", "summary", "author",
            "created", "updated", "data_as_of", "bundled", "known_on", "owner", "published");
    /** A slide's id is its briefing's slug and its position: {@code slug#1}, {@code slug#2}. */
    static final FactTable SLIDES = FactTable.of("slide", "slide", "id", "briefing_slug", "position", "title", "body",
            "as_of", "view_lat", "view_lon", "view_zoom", "layers", "selected", "highlighted", "organisation", "grade_filter",
            "view_bounds");

    private final JdbcClient jdbc;
    private final History history;

    BriefingRepository(JdbcClient jdbc, History history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** The briefings that could be read, and those that could not (slug and why), each skipped alone. */
    record Read(List<Briefing> briefings, List<UnreadableBriefing> unreadable) {
    }

    /**
     * Every briefing with its slides. A slide's selection is stored in the map state's text form;
     * one stored before selections kept their layer (a bare id) takes the layer of the feature.
     * A row that fails its checks (a date out of range, a text no longer allowed) skips its
     * briefing only: one bad row must not take the list, every page and every handout down.
     * Dates are read as LocalDate, never through java.sql.Date, whose conversion overflows.
     */
    Read findAll(KnownOn known, Set<String> layers, Function<String, Optional<String>> layerOf) {
        Map<String, List<Slide>> slides = new HashMap<>();
        Map<String, String> broken = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT briefing_slug, title, body, as_of, view_lat, view_lon, view_zoom, layers, selected,
                               highlighted, organisation, grade_filter, position, view_bounds
                        FROM slide WHERE\s""" + known.rows() + " ORDER BY briefing_slug, position")
                .query(rs -> {
                    String slug = rs.getString(1);
                    try {
                        slides.computeIfAbsent(slug, k -> new ArrayList<>()).add(new Slide(rs.getString(2),
                                rs.getString(3), map(rs.getObject(4, LocalDate.class), rs.getDouble(5), rs.getDouble(6),
                                rs.getInt(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), layers, layerOf,
                                rs.getString(14)).withGradeFilter(gradeFilter(rs.getString(12)))));
                    } catch (RuntimeException e) {
                        broken.putIfAbsent(slug, "slide " + rs.getInt(13) + ": " + reason(e));
                    }
                });
        List<Briefing> briefings = new ArrayList<>();
        jdbc.sql("""
                        SELECT slug, title, summary, author, created, updated, data_as_of, bundled, version, known_on,
                               owner, published
                        FROM briefing WHERE\s""" + known.rows() + " ORDER BY title")
                .query(rs -> {
                    String slug = rs.getString(1);
                    if (broken.containsKey(slug)) {
                        return;
                    }
                    try {
                        briefings.add(new Briefing(slug, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                                rs.getObject(7, LocalDate.class), rs.getBoolean(8), rs.getInt(9),
                                slides.getOrDefault(slug, List.of()),
                                rs.getString(10) == null ? null : java.time.Instant.parse(rs.getString(10)),
                                rs.getString(11), rs.getBoolean(12)));
                    } catch (RuntimeException e) {
                        broken.put(slug, reason(e));
                    }
                });
        // Slides of a retired or unknown briefing are not a briefing's problem.
        Set<String> slugs = jdbc.sql("SELECT slug FROM briefing WHERE " + known.rows()).query(String.class).set();
        List<UnreadableBriefing> unreadable = broken.entrySet().stream().filter(e -> slugs.contains(e.getKey()))
                .map(e -> new UnreadableBriefing(e.getKey(), e.getValue())).toList();
        return new Read(briefings, unreadable);
    }

    private static String reason(RuntimeException e) {
        return e instanceof IllegalArgumentException && e.getMessage() != null ? e.getMessage()
                : "cannot be read (" + e.getClass().getSimpleName() + ")";
    }

    private static MapState map(LocalDate asOf, double lat, double lon, int zoom, String layersCell, String selected,
                                String highlighted, String organisation, Set<String> layers,
                                Function<String, Optional<String>> layerOf, String bounds) {
        Optional<Selection> selection = selected == null || selected.isBlank() ? Optional.empty()
                : selected.contains(":") ? Selection.parse(selected, layers)
                : layerOf.apply(selected).map(layer -> new Selection(layer, selected));
        return new MapState(asOf, Set.copyOf(Cells.split(layersCell)), selection, Optional.of(view(lat, lon, zoom, bounds)),
                Optional.ofNullable(organisation).filter(o -> !o.isBlank()), Cells.split(highlighted), true, false);
    }

    /** The slide's grade filter in its map-state form ({@code grade=C3 below=hide}); null or blank: none. */
    private static Optional<org.influenceatlas.layer.GradeFilter> gradeFilter(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<MapState.Problem> problems = new ArrayList<>();
        return MapState.parse(MapState.values(text, problems), MapState.initial(MapState.FIRST_DAY, List.of()), Set.of(),
                MapState::bareIdIsCountry).state().gradeFilter();
    }

    private static String gradeFilterText(MapState m) {
        return m.gradeFilter().map(f -> {
            MapState only = MapState.initial(MapState.FIRST_DAY, List.of()).withGradeFilter(Optional.of(f));
            Map<String, String> values = only.toValues();
            return values.entrySet().stream().filter(e -> e.getKey().equals(org.influenceatlas.layer.GradeFilter.GRADE)
                            || e.getKey().equals(org.influenceatlas.layer.GradeFilter.BELOW))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        }).orElse(null);
    }

    /** The view with the bounds stored beside it ("south,west,north,east"; null for a slide stored without). */
    private static MapView view(double lat, double lon, int zoom, String bounds) {
        MapView centre = new MapView(lat, lon, zoom);
        if (bounds == null || bounds.isBlank()) {
            return centre;
        }
        return MapView.parse(centre.toParameter() + "," + bounds).orElse(centre);
    }

    private static String boundsText(MapView view) {
        String text = view.toParameter();
        return text.substring(new MapView(view.latitude(), view.longitude(), view.zoom()).toParameter().length() + 1);
    }

    /**
     * Makes the bundled briefings these: new and changed ones are written, those no longer shipped
     * are retired. A bundled briefing someone edited here became theirs (bundled = FALSE): their copy wins.
     */
    void replaceBundled(Change change, Collection<Briefing> briefings) {
        Map<String, History.Stored> current = history.current(BRIEFINGS);
        Set<String> local = current.entrySet().stream().filter(e -> !Boolean.TRUE.equals(e.getValue().fields().get("bundled")))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<Briefing> shipped = briefings.stream().filter(b -> !local.contains(b.slug())).toList();
        for (Briefing b : shipped) {
            write(change, b, false);
        }
        Set<String> shippedSlugs = shipped.stream().map(Briefing::slug).collect(Collectors.toSet());
        current.keySet().stream().filter(slug -> !local.contains(slug) && !shippedSlugs.contains(slug)).forEach(slug -> {
            history.replaceWhere(change, SLIDES, "briefing_slug", slug, List.of());
            history.retire(change, BRIEFINGS, slug);
        });
    }

    Optional<Integer> version(String slug) {
        return history.current(BRIEFINGS, slug).map(History.Stored::version);
    }

    /**
     * Writes the briefing if the stored one is still at {@code expectedVersion} (0: the slug must be
     * free); false otherwise. A save is a new version even when only the slides changed.
     */
    boolean save(Change change, Briefing b, int expectedVersion) {
        int stored = version(b.slug()).orElse(0);
        if (stored != expectedVersion) {
            return false;
        }
        // Even an unchanged save is a version: the editor was told "saved version N", and the next
        // save names N as the version it edited.
        write(change, b, true);
        return true;
    }

    private void write(Change change, Briefing b, boolean evenIfUnchanged) {
        List<Revision> slides = history.replaceWhere(change, SLIDES, "briefing_slug", b.slug(), slideRows(b));
        history.put(change, BRIEFINGS, BRIEFINGS.row(b.slug(), b.title(), b.summary(), b.author(), b.created(),
                b.updated(), b.dataAsOf(), b.bundled(), b.knownOn() == null ? null : b.knownOn().toString(), b.owner(),
                b.published()),
                evenIfUnchanged || !slides.isEmpty());
    }

    private static List<Map<String, Object>> slideRows(Briefing b) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int position = 1;
        for (Slide s : b.slides()) {
            MapState m = s.map();
            MapView view = m.view().orElseThrow();
            rows.add(SLIDES.row(b.slug() + "#" + position, b.slug(), position, s.title(), s.body(), m.asOf(),
                    view.latitude(), view.longitude(), view.zoom(), Cells.join(m.layers().stream().sorted().toList()),
                    m.selection().map(Selection::toParameter).orElse(null), Cells.join(m.highlighted()),
                    m.organisation().orElse(null), gradeFilterText(m), view.bounds().isPresent() ? boundsText(view) : null));
            position++;
        }
        return rows;
    }
}
