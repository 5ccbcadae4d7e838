package org.influenceatlas.handout;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.influenceatlas.country.Places;
import org.influenceatlas.layer.BaseMap;
import org.influenceatlas.layer.GeoJson;
import org.influenceatlas.layer.GradeFilter;
import org.influenceatlas.layer.Layer;
import org.influenceatlas.layer.LayerQuery;
import org.influenceatlas.layer.LayerRegistry;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.MapView;
import org.influenceatlas.layer.Shapes;
import org.influenceatlas.layer.SideBySide;
import org.influenceatlas.layer.Symbol;
import org.influenceatlas.layer.Symbology;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a slide's map as vector graphics on a PDF page from the same layer definitions and the
 * same drawing description as the live map: each shown layer's features on the date, in drawing
 * order, each with the {@link Symbol} its layer's {@link Symbology} resolves, shapes from
 * {@link Shapes}. Vectors need no fonts or image libraries on the server and stay sharp in print.
 * It reports what it drew, feature by feature, so a test can hold it against the screen.
 */
final class MapSketch {

    /** The live map's usual canvas, so a slide's zoom frames the same area on paper. */
    static final double SCREEN_WIDTH = 960;
    static final double SCREEN_HEIGHT = 560;
    /** A corridor's width on paper, and on screen (map-controller.ts): the side-by-side gap scales by their ratio. */
    static final float PAPER_LINE = 2f;
    static final float SCREEN_LINE = 3.5f;
    /** How faint a fact below the slide's grade is drawn (LOW_CONFIDENCE_OPACITY in map-controller.ts). */
    static final double FAINT = 0.3;
    private static final BaseMap BASE = BaseMap.STYLE;

    /** One feature (or one part of a line feature: id#segment) as drawn, with its symbol's key. */
    record Drawn(String layer, String id, String symbol) {
    }

    /** A corridor's name and where it goes: halfway along its longest part drawn (as labels.ts places it). */
    private record LineName(String name, double longitude, double latitude) {
    }

    /** Corridor names show from this zoom, as on screen (CORRIDOR_LABEL_ZOOM in labels.ts). */
    static final int CORRIDOR_LABEL_ZOOM = 6;

    /** A legend row: the layer, the text, and the symbol to show beside it. */
    record LegendRow(String layer, String label, Symbol symbol, String geometry) {
    }

    /** What a slide's map drew, its place names, and the legend of just that. */
    record Sketch(List<Drawn> drawn, List<String> labels, List<LegendRow> legend) {
    }

    private final MapData data;
    private final LayerRegistry layers;
    private final PDFont font;

    MapSketch(MapData data, LayerRegistry layers, PDFont font) {
        this.data = data;
        this.layers = layers;
        this.font = font;
    }

    /** What the map of this state draws, without drawing it. */
    Sketch plan(MapState map) throws IOException {
        return draw(null, map, 0, 0, (float) SCREEN_WIDTH, (float) SCREEN_HEIGHT);
    }

    Sketch draw(PDPageContentStream page, MapState map, float x, float y, float width, float height) throws IOException {
        Projection p = Projection.of(map.view().orElseThrow(), x, y, width, height);
        LocalDate day = map.asOf();
        List<Drawn> drawn = new ArrayList<>();
        Map<String, LegendRow> legend = new LinkedHashMap<>();
        Pen pen = new Pen(page);
        List<LineName> lineNames = new ArrayList<>();

        pen.saveGraphicsState();
        pen.clip(x, y, width, height);
        pen.fill(BASE.sea());
        pen.rect(x, y, width, height);
        pen.fillOnly();
        drawAreas(pen, p, map, day, drawn, legend);
        for (Layer layer : layers.drawingOrder()) {
            if (!map.layers().contains(layer.id()) || layer.geometry().equals("MultiPolygon")) {
                continue;
            }
            List<Map<String, Object>> features = layer.features(LayerQuery.drawnOn(day, layer, map.showEnded()));
            if (layer.geometry().equals("MultiLineString")) {
                drawLines(pen, p, layer, features, map, drawn, legend, lineNames);
                continue;
            }
            for (Map<String, Object> feature : features) {
                Map<String, Object> props = GeoJson.properties(feature);
                String id = String.valueOf(props.get("id"));
                boolean emphasised = map.emphasises(id);
                GradeFilter.Look look = look(map, props, emphasised);
                if (look == GradeFilter.Look.HIDDEN) {
                    continue;
                }
                Symbol symbol = faint(layer.symbology().symbol(props, (String) props.get("status")), look);
                @SuppressWarnings("unchecked")
                List<Double> at = (List<Double>) ((Map<String, Object>) feature.get("geometry")).get("coordinates");
                float[] xy = p.toPage(at.get(0), at.get(1));
                if (p.inside(xy)) {
                    marker(pen, xy, symbol, emphasised ? 9 : 5.5f);
                    drawn.add(new Drawn(layer.id(), id, symbol.key()));
                    addLegend(legend, layer, props, (String) props.get("status"), symbol);
                }
            }
        }
        List<String> labels = labels(pen, p, map, day, lineNames);
        pen.restoreGraphicsState();
        pen.frame(x, y, width, height);
        if (page != null) {
            String asOf = "Map as of " + day;
            float w = PdfText.width(font, 11, asOf);
            pen.fill("#ffffff");
            pen.rect(x + width - w - 10, y + height - 19, w + 8, 17);
            pen.fillOnly();
            pen.text(font, 11, x + width - w - 6, y + height - 14, asOf);
            String credit = "Boundaries: Natural Earth (patched)";
            pen.text(font, 6, x + width - PdfText.width(font, 6, credit) - 6, y + 4, credit);
        }
        return new Sketch(drawn, labels, List.copyOf(legend.values()));
    }

    /**
     * Place names, as on screen: every country in the frame at its label point, largest first,
     * each left out where it would touch one already placed; then the selected feature's name as
     * a callout beside it, above everything. Text with a white halo, readable over any fill.
     */
    private List<String> labels(Pen pen, Projection p, MapState map, LocalDate day, List<LineName> lineNames) throws IOException {
        List<String> placed = new ArrayList<>();
        List<float[]> taken = new ArrayList<>();
        float size = 7.5f;
        List<MapData.Outline> byArea = data.outlines().stream().filter(o -> o.existsOn(day) && o.labelPoint() != null)
                .sorted((a, b) -> Double.compare(b.labelPoint()[2], a.labelPoint()[2])).toList();
        for (MapData.Outline outline : byArea) {
            double[] at = outline.labelPoint();
            float[] xy = p.toPage(at[0], at[1]);
            String name = font == null ? outline.name() : PdfText.encodable(font, outline.name());
            float w = font == null ? name.length() * size * 0.5f : PdfText.width(font, size, name);
            float[] box = {xy[0] - w / 2, xy[1] - size / 2, xy[0] + w / 2, xy[1] + size / 2};
            if (!p.inside(new float[]{box[0], box[1]}) || !p.inside(new float[]{box[2], box[3]})
                    || taken.stream().anyMatch(t -> box[0] < t[2] + 2 && box[2] > t[0] - 2 && box[1] < t[3] + 1 && box[3] > t[1] - 1)) {
                continue;
            }
            taken.add(box);
            placed.add(outline.name());
            pen.haloText(font, size, box[0], box[1] + 1.5f, name);
        }
        places(pen, p, map, placed, taken);
        if (map.view().orElseThrow().zoom() >= CORRIDOR_LABEL_ZOOM) {
            for (LineName line : lineNames) {
                float[] xy = p.toPage(line.longitude(), line.latitude());
                String name = font == null ? line.name() : PdfText.encodable(font, line.name());
                float s = 6.5f;
                float w = font == null ? name.length() * s * 0.5f : PdfText.width(font, s, name);
                float[] box = {xy[0] - w / 2, xy[1] + 2, xy[0] + w / 2, xy[1] + 2 + s};
                if (!p.inside(new float[]{box[0], box[1]}) || !p.inside(new float[]{box[2], box[3]})
                        || taken.stream().anyMatch(t -> box[0] < t[2] + 2 && box[2] > t[0] - 2 && box[1] < t[3] + 1 && box[3] > t[1] - 1)) {
                    continue;
                }
                taken.add(box);
                placed.add(line.name());
                pen.haloText(font, s, box[0], box[1] + 1, name);
            }
        }
        if (map.selection().isPresent()) {
            String id = map.selection().get().id();
            for (Layer layer : layers.all()) {
                if (!layer.id().equals(map.selection().get().layer()) || layer.geometry().equals("MultiPolygon")) {
                    continue;
                }
                for (Map<String, Object> feature : layer.features(LayerQuery.drawnOn(day, layer, true))) {
                    Map<String, Object> props = GeoJson.properties(feature);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
                    if (!id.equals(props.get("id")) || !"Point".equals(geometry.get("type"))) {
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    List<Double> at = (List<Double>) geometry.get("coordinates");
                    float[] xy = p.toPage(at.get(0), at.get(1));
                    String name = String.valueOf(props.get("name"));
                    pen.callout(font, 8.5f, xy[0] + 11, xy[1] - 3, font == null ? name : PdfText.encodable(font, name));
                    placed.add(name);
                }
            }
        }
        return placed;
    }

    /**
     * Capitals and major cities from the gazetteer, as on screen: those labelled at the slide's
     * zoom, capitals first, each a dot (a ringed dot for a capital) with its name to the right,
     * left out with its dot where the name would touch a label already placed.
     */
    private void places(Pen pen, Projection p, MapState map, List<String> placed, List<float[]> taken) throws IOException {
        float size = 6.5f;
        int zoom = map.view().orElseThrow().zoom();
        for (Places.Place place : data.places()) {
            if (place.minZoom() > zoom) {
                continue;
            }
            float[] xy = p.toPage(place.longitude(), place.latitude());
            String name = font == null ? place.name() : PdfText.encodable(font, place.name());
            float w = font == null ? name.length() * size * 0.5f : PdfText.width(font, size, name);
            float[] box = {xy[0] - 2.5f, xy[1] - size / 2, xy[0] + 4 + w, xy[1] + size / 2};
            if (!p.inside(new float[]{box[0], box[1]}) || !p.inside(new float[]{box[2], box[3]})
                    || taken.stream().anyMatch(t -> box[0] < t[2] + 2 && box[2] > t[0] - 2 && box[1] < t[3] + 1 && box[3] > t[1] - 1)) {
                continue;
            }
            taken.add(box);
            placed.add(place.name());
            if (place.capital()) {
                pen.circle(xy[0], xy[1], 2.2f);
                pen.fill("#ffffff");
                pen.stroke("#1a1a1a", 0.7f, null);
                pen.fillAndStroke(1);
            }
            pen.circle(xy[0], xy[1], place.capital() ? 1f : 1.5f);
            pen.fill("#1a1a1a");
            pen.stroke("#ffffff", 0.4f, null);
            pen.fillAndStroke(1);
            pen.haloText(font, size, xy[0] + 4, xy[1] - size / 2 + 1.2f, name);
        }
    }

    /** Countries: filled by the shown area layer (stance), or plain base map when it is off. */
    private void drawAreas(Pen pen, Projection p, MapState map, LocalDate day, List<Drawn> drawn,
                           Map<String, LegendRow> legend) throws IOException {
        Layer areas = layers.all().stream().filter(l -> l.geometry().equals("MultiPolygon") && map.layers().contains(l.id()))
                .findFirst().orElse(null);
        Map<String, Map<String, Object>> byId = new HashMap<>();
        if (areas != null) {
            areas.features(new LayerQuery(java.util.Optional.of(day), 0, false, false))
                    .forEach(f -> byId.put(String.valueOf(GeoJson.properties(f).get("id")), GeoJson.properties(f)));
        }
        for (MapData.Outline outline : data.outlines()) {
            if (!outline.existsOn(day)) {
                continue;
            }
            // Rings wholly outside the frame are left out: clipped anyway, they would only bloat the file.
            List<List<double[]>> visible = outline.rings().stream().filter(p::touches).toList();
            if (visible.isEmpty()) {
                continue;
            }
            Map<String, Object> props = byId.getOrDefault(outline.id(), Map.of());
            boolean member = map.organisation().isPresent() && isMember(props, map.organisation().get());
            boolean emphasised = map.emphasises(outline.id()) || member;
            String fill = BASE.land();
            String dash = outline.special() ? BASE.specialDash() : null;
            String border = outline.special() ? BASE.specialBorder() : BASE.border();
            boolean hatched = false;
            if (areas != null) {
                Map<String, Object> resolve = new HashMap<>();
                resolve.put("id", outline.id());
                resolve.put("area", outline.status());
                resolve.put("status", props.get("status"));
                Symbol symbol = areas.symbology().symbol(resolve, null);
                fill = symbol.fill() != null ? symbol.fill() : BASE.land();
                hatched = symbol.pattern() != null;
                dash = symbol.dash();
                drawn.add(new Drawn(areas.id(), outline.id(), symbol.key()));
                addLegend(legend, areas, resolve, null, symbol);
            }
            for (List<double[]> ring : visible) {
                p.path(pen, ring, true);
            }
            pen.fill(fill);
            pen.stroke(emphasised ? "#000000" : border, emphasised ? 1.6f : outline.special() ? 0.8f : 0.4f, Symbols.dash(dash, 0.5f));
            // Even-odd, so that a ring inside another (an enclave) stays a hole.
            pen.fillAndStrokeEvenOdd();
            if (hatched) {
                hatch(pen, p, visible);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean isMember(Map<String, Object> props, String organisation) {
        Object memberships = props.get("memberships");
        return memberships instanceof List<?> list && list.stream().map(m -> (Map<String, Object>) m)
                .anyMatch(m -> organisation.equals(m.get("organisation")) && "member".equals(m.get("relation")));
    }

    /**
     * How the slide's grade filter draws a fact, as the screen does: in full, faint or not at all by
     * its confidence (its best citation's grade); a selected or highlighted one always in full.
     */
    private static GradeFilter.Look look(MapState map, Map<String, Object> props, boolean emphasised) {
        if (emphasised) {
            return GradeFilter.Look.FULL;
        }
        Object confidence = props.get("confidence");
        return map.gradeFilter().map(f -> f.look(confidence == null ? null : confidence.toString())).orElse(GradeFilter.Look.FULL);
    }

    private static Symbol faint(Symbol s, GradeFilter.Look look) {
        return look != GradeFilter.Look.FAINT ? s
                : new Symbol(s.shape(), s.color(), s.fill(), s.pattern(), s.halo(), s.dash(), s.hollow(), Math.min(s.opacity(), FAINT));
    }

    /** One part of a line feature as drawn: its feature, segment index, status and symbol, and its points. */
    private record LinePart(Map<String, Object> props, int index, String status, Symbol symbol, List<double[]> line) {
    }

    /**
     * A line layer: each part (segment) in its status, with halo and casing where the description
     * says; stretches that several corridors share are set side by side by the screen's rule
     * ({@link SideBySide}), so the handout shows each corridor as the screen does.
     */
    @SuppressWarnings("unchecked")
    private void drawLines(Pen pen, Projection p, Layer layer, List<Map<String, Object>> features, MapState map,
                           List<Drawn> drawn, Map<String, LegendRow> legend, List<LineName> lineNames) throws IOException {
        List<LinePart> parts = new ArrayList<>();
        for (Map<String, Object> feature : features) {
            Map<String, Object> props = GeoJson.properties(feature);
            List<List<List<Double>>> lines = (List<List<List<Double>>>) ((Map<String, Object>) feature.get("geometry")).get("coordinates");
            List<Map<String, Object>> segments = (List<Map<String, Object>>) props.getOrDefault("segments", List.of());
            for (int i = 0; i < lines.size(); i++) {
                String status = i < segments.size() ? (String) segments.get(i).get("status") : (String) props.get("status");
                List<double[]> line = lines.get(i).stream().map(pt -> new double[]{pt.get(0), pt.get(1)}).toList();
                if (p.touches(line) && look(map, props, map.emphasises(String.valueOf(props.get("id")))) != GradeFilter.Look.HIDDEN) {
                    parts.add(new LinePart(props, i, status, layer.symbology().symbol(props, status), line));
                }
            }
        }
        // Worked out on the page with its y turned downwards, as on a screen, so the sides are the screen's.
        List<List<double[]>> placed = SideBySide.apply(
                parts.stream().map(x -> new SideBySide.OwnedLine(String.valueOf(x.props().get("id")), x.line())).toList(),
                lonLat -> {
                    float[] xy = p.toPage(lonLat[0], lonLat[1]);
                    return new double[]{xy[0], -xy[1]};
                }, SideBySide.GAP_PX * PAPER_LINE / SCREEN_LINE);
        Map<Object, List<double[]>> longest = new LinkedHashMap<>();
        Map<Object, Double> longestLength = new HashMap<>();
        Map<Object, Map<String, Object>> named = new LinkedHashMap<>();
        for (int n = 0; n < parts.size(); n++) {
            LinePart part = parts.get(n);
            Map<String, Object> props = part.props();
            Symbol symbol = part.symbol();
            boolean emphasised = map.emphasises(String.valueOf(props.get("id")));
            List<float[]> onPage = placed.get(n).stream().map(xy -> new float[]{(float) xy[0], (float) -xy[1]}).toList();
            if (symbol.halo() != null) {
                pen.polyline(onPage);
                pen.stroke(symbol.halo(), emphasised ? 9 : 6, null);
                pen.strokeOnly(0.35f);
            }
            if (Symbols.needsCasing(symbol.color())) {
                pen.polyline(onPage);
                pen.stroke(Symbols.CASING, emphasised ? 5 : 3.5f, Symbols.dash(symbol.dash(), 1));
                pen.strokeOnly(1);
            }
            pen.polyline(onPage);
            pen.stroke(symbol.color(), emphasised ? PAPER_LINE * 1.75f : PAPER_LINE, Symbols.dash(symbol.dash(), 0.5f));
            pen.strokeOnly(look(map, props, emphasised) == GradeFilter.Look.FAINT ? (float) FAINT : 1);
            List<Map<String, Object>> segments = (List<Map<String, Object>>) props.getOrDefault("segments", List.of());
            String segment = part.index() < segments.size() ? String.valueOf(segments.get(part.index()).get("id")) : String.valueOf(part.index());
            drawn.add(new Drawn(layer.id(), props.get("id") + "#" + segment, symbol.key()));
            addLegend(legend, layer, props, part.status(), symbol);
            double length = length(part.line());
            Object id = props.get("id");
            if (!longest.containsKey(id) || length > longestLength.get(id)) {
                longest.put(id, part.line());
                longestLength.put(id, length);
                named.put(id, props);
            }
        }
        for (var entry : longest.entrySet()) {
            if (entry.getValue().size() > 1) {
                double[] at = halfway(entry.getValue(), longestLength.get(entry.getKey()));
                String name = String.valueOf(named.get(entry.getKey()).get("name")).replaceAll("\\s*\\(.*\\)\\s*$", "");
                lineNames.add(new LineName(name, at[0], at[1]));
            }
        }
    }

    private static double length(List<double[]> line) {
        double length = 0;
        for (int i = 1; i < line.size(); i++) {
            length += Math.hypot(line.get(i)[0] - line.get(i - 1)[0], line.get(i)[1] - line.get(i - 1)[1]);
        }
        return length;
    }

    /** The point halfway along a line, measured in degrees (lineLabelPoint in labels.ts). */
    private static double[] halfway(List<double[]> line, double length) {
        double walked = 0;
        for (int i = 1; i < line.size(); i++) {
            double[] a = line.get(i - 1);
            double[] b = line.get(i);
            double step = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (walked + step >= length / 2 && step > 0) {
                double t = (length / 2 - walked) / step;
                return new double[]{a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])};
            }
            walked += step;
        }
        return line.get(0);
    }

    /** A marker: the symbol's shape, filled with its colour (white when hollow), at the point. */
    private static void marker(Pen pen, float[] at, Symbol symbol, float radius) throws IOException {
        Shapes.Shape shape = Shapes.ALL.getOrDefault(symbol.shape(), Shapes.ALL.get("circle"));
        float scale = radius / 10f;
        if (shape.radius() != null) {
            pen.circle(at[0], at[1], (float) (shape.radius() * scale));
        } else {
            double[][] v = shape.vertices();
            for (int i = 0; i < v.length; i++) {
                float px = at[0] + (float) ((v[i][0] - 10) * scale);
                float py = at[1] - (float) ((v[i][1] - 10) * scale); // the grid's y runs down, the page's up
                if (i == 0) {
                    pen.moveTo(px, py);
                } else {
                    pen.lineTo(px, py);
                }
            }
            pen.closePath();
        }
        String colour = symbol.color() == null ? "#555555" : symbol.color();
        pen.fill(symbol.hollow() ? "#ffffff" : colour);
        String outlineDash = symbol.dash() != null ? symbol.dash() : shape.dashed() ? "3 2" : null;
        pen.stroke(symbol.hollow() ? colour : "#1a1a1a", symbol.hollow() ? 1.2f : 0.7f, Symbols.dash(outlineDash, 0.5f));
        pen.fillAndStroke((float) symbol.opacity());
    }

    /** Diagonal hatching inside the rings, as the screen's no-stance pattern. */
    private static void hatch(Pen pen, Projection p, List<List<double[]>> rings) throws IOException {
        float[] box = p.bounds(rings);
        pen.saveGraphicsState();
        for (List<double[]> ring : rings) {
            p.path(pen, ring, true);
        }
        pen.clipEvenOdd();
        pen.stroke("#b4b4b4", 0.4f, null);
        for (float d = box[0] - (box[3] - box[1]); d < box[2]; d += 4) {
            pen.moveTo(d, box[1]);
            pen.lineTo(d + (box[3] - box[1]), box[3]);
        }
        pen.strokeOnly(1);
        pen.restoreGraphicsState();
    }

    /** Adds the categories this symbol came from, one legend row each, with a sample symbol for each row. */
    private static void addLegend(Map<String, LegendRow> legend, Layer layer, Map<String, Object> props, String status,
                                  Symbol symbol) {
        Symbology s = layer.symbology();
        Set<String> labels = new LinkedHashSet<>();
        for (Symbology.Channel channel : s.channels()) {
            Object value = props.get(channel.property());
            channel.categories().stream().filter(c -> c.values().contains(String.valueOf(value))).findFirst()
                    .or(() -> java.util.Optional.ofNullable(channel.fallback()))
                    .ifPresent(c -> {
                        String key = layer.id() + "|" + channel.property() + "|" + c.label();
                        if (!legend.containsKey(key) && labels.add(key)) {
                            legend.put(key, new LegendRow(layer.title(), c.label(), sample(channel, c, symbol), layer.geometry()));
                        }
                    });
        }
        s.statuses().stream().filter(st -> st.values().contains(status) && (st.hollow() || st.dash() != null || st.opacity() < 1))
                .findFirst().ifPresent(st -> legend.putIfAbsent(layer.id() + "|status|" + st.label(),
                        new LegendRow(layer.title(), st.label(), new Symbol(symbol.shape(), "#777777", null, null, null,
                                st.dash(), st.hollow(), st.opacity()), layer.geometry())));
    }

    /** The symbol a legend row shows: only the visual variable its channel sets, the rest neutral. */
    private static Symbol sample(Symbology.Channel channel, Symbology.Category c, Symbol drawn) {
        return switch (channel.visual()) {
            case COLOR -> new Symbol(drawn.shape() == null ? null : "circle", c.color(), null, null, null, null, false, 1);
            case SHAPE -> new Symbol(c.shape(), "#777777", null, null, null, null, false, 1);
            case FILL -> new Symbol(null, null, c.color(), c.color() == null ? c.shape() : null, null, c.dash(), false, 1);
            case HALO -> new Symbol(null, "#777777", null, null, c.color(), null, false, 1);
        };
    }

    /** Draws the legend rows in columns inside the box; returns the height used. */
    float legend(PDPageContentStream page, List<LegendRow> rows, float x, float top, float width) throws IOException {
        if (rows.isEmpty()) {
            return 0;
        }
        Pen pen = new Pen(page);
        float row = 11;
        int columns = 3;
        float columnWidth = width / columns;
        int perColumn = (rows.size() + columns - 1) / columns;
        for (int i = 0; i < rows.size(); i++) {
            LegendRow r = rows.get(i);
            float cx = x + (i / perColumn) * columnWidth;
            float cy = top - (i % perColumn + 1) * row;
            swatch(pen, r, cx + 6, cy + 3);
            pen.text(font, 7, cx + 16, cy, PdfText.encodable(font, PdfText.fit(font, 7, r.layer() + ": " + r.label(), columnWidth - 20)));
        }
        return perColumn * row + 4;
    }

    private static void swatch(Pen pen, LegendRow r, float cx, float cy) throws IOException {
        Symbol s = r.symbol();
        if (r.geometry().equals("MultiPolygon")) {
            pen.rect(cx - 5, cy - 3.5f, 10, 7);
            pen.fill(s.fill() != null ? s.fill() : BASE.land());
            pen.stroke("#555555", 0.4f, Symbols.dash(s.dash(), 0.5f));
            pen.fillAndStroke(1);
        } else if (r.geometry().equals("MultiLineString")) {
            if (s.halo() != null) {
                pen.moveTo(cx - 6, cy);
                pen.lineTo(cx + 6, cy);
                pen.stroke(s.halo(), 5, null);
                pen.strokeOnly(0.35f);
            }
            pen.moveTo(cx - 6, cy);
            pen.lineTo(cx + 6, cy);
            pen.stroke(s.color(), 2, Symbols.dash(s.dash(), 0.5f));
            pen.strokeOnly(1);
        } else {
            marker(pen, new float[]{cx, cy}, s, 4.5f);
        }
    }

    /** PDFBox drawing with hex colours and opacity, and a null page for planning without drawing. */
    private static final class Pen {
        private final PDPageContentStream page;

        Pen(PDPageContentStream page) {
            this.page = page;
        }

        void saveGraphicsState() throws IOException {
            if (page != null) page.saveGraphicsState();
        }

        void restoreGraphicsState() throws IOException {
            if (page != null) page.restoreGraphicsState();
        }

        void clip(float x, float y, float w, float h) throws IOException {
            if (page != null) {
                page.addRect(x, y, w, h);
                page.clip();
            }
        }

        void clipEvenOdd() throws IOException {
            if (page != null) page.clipEvenOdd();
        }

        void rect(float x, float y, float w, float h) throws IOException {
            if (page != null) page.addRect(x, y, w, h);
        }

        void moveTo(float x, float y) throws IOException {
            if (page != null) page.moveTo(x, y);
        }

        void lineTo(float x, float y) throws IOException {
            if (page != null) page.lineTo(x, y);
        }

        void polyline(List<float[]> points) throws IOException {
            for (int i = 0; i < points.size(); i++) {
                if (i == 0) {
                    moveTo(points.get(i)[0], points.get(i)[1]);
                } else {
                    lineTo(points.get(i)[0], points.get(i)[1]);
                }
            }
        }

        void closePath() throws IOException {
            if (page != null) page.closePath();
        }

        void circle(float cx, float cy, float r) throws IOException {
            if (page == null) return;
            float k = 0.552f * r;
            page.moveTo(cx + r, cy);
            page.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            page.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            page.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            page.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        }

        void fill(String hex) throws IOException {
            if (page != null) page.setNonStrokingColor(Color.decode(hex));
        }

        void stroke(String hex, float width, float[] dash) throws IOException {
            if (page == null) return;
            page.setStrokingColor(Color.decode(hex == null ? "#333333" : hex));
            page.setLineWidth(width);
            page.setLineDashPattern(dash == null ? new float[0] : dash, 0);
        }

        private void opacity(float alpha) throws IOException {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant(alpha);
            state.setStrokingAlphaConstant(alpha);
            page.setGraphicsStateParameters(state);
        }

        void fillOnly() throws IOException {
            if (page != null) page.fill();
        }

        void strokeOnly(float alpha) throws IOException {
            if (page == null) return;
            if (alpha < 1) {
                page.saveGraphicsState();
                opacity(alpha);
                page.stroke();
                page.restoreGraphicsState();
            } else {
                page.stroke();
            }
        }

        void fillAndStroke(float alpha) throws IOException {
            if (page == null) return;
            if (alpha < 1) {
                page.saveGraphicsState();
                opacity(alpha);
                page.fillAndStroke();
                page.restoreGraphicsState();
            } else {
                page.fillAndStroke();
            }
        }

        void fillAndStrokeEvenOdd() throws IOException {
            if (page != null) page.fillAndStrokeEvenOdd();
        }

        void frame(float x, float y, float w, float h) throws IOException {
            if (page == null) return;
            stroke("#777777", 0.6f, null);
            page.addRect(x, y, w, h);
            page.stroke();
        }

        /** Text over a white halo (stroked white first, then filled dark). */
        void haloText(PDFont font, float size, float x, float y, String text) throws IOException {
            if (page == null) return;
            page.beginText();
            page.setFont(font, size);
            page.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.STROKE);
            page.setStrokingColor(Color.WHITE);
            page.setLineWidth(2f);
            page.setLineDashPattern(new float[0], 0);
            page.newLineAtOffset(x, y);
            page.showText(text);
            page.endText();
            page.beginText();
            page.setFont(font, size);
            page.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
            page.setNonStrokingColor(new Color(0x1a, 0x1a, 0x1a));
            page.newLineAtOffset(x, y);
            page.showText(text);
            page.endText();
        }

        /** The selected feature's name in a white box with a dark border, beside its symbol. */
        void callout(PDFont font, float size, float x, float y, String text) throws IOException {
            if (page == null) return;
            float w = PdfText.width(font, size, text);
            fill("#ffffff");
            stroke("#1a1a1a", 0.6f, null);
            page.addRect(x - 3, y - 3, w + 6, size + 5);
            page.fillAndStroke();
            text(font, size, x, y, text);
        }

        void text(PDFont font, float size, float x, float y, String text) throws IOException {
            if (page == null) return;
            fill("#1a1a1a");
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(text);
            page.endText();
        }
    }

    /** Web Mercator at the slide's zoom, centred on its view, scaled into the box on the page. */
    private record Projection(double centreX, double centreY, double worldSize, float x, float y, float width, float height,
                              double scale) {

        /** The view's bounds fitted into the box where it has them (as the screen fits them), else its centre and zoom. */
        static Projection of(MapView view, float x, float y, float width, float height) {
            if (view.bounds().isPresent()) {
                MapView.Bounds b = view.bounds().get();
                double dx = (b.east() - b.west()) / 360;
                double dy = mercatorY(b.south(), 1) - mercatorY(b.north(), 1);
                double world = Math.min(width / dx, height / dy);
                double cx = (mercatorX(b.west(), world) + mercatorX(b.east(), world)) / 2;
                double cy = (mercatorY(b.north(), world) + mercatorY(b.south(), world)) / 2;
                return new Projection(cx, cy, world, x, y, width, height, 1);
            }
            double world = 256 * Math.pow(2, view.zoom());
            return new Projection(mercatorX(view.longitude(), world), mercatorY(view.latitude(), world), world, x, y, width, height,
                    width / SCREEN_WIDTH);
        }

        boolean inside(float[] xy) {
            return xy[0] >= x && xy[0] <= x + width && xy[1] >= y && xy[1] <= y + height;
        }

        /** Whether the ring's bounding box overlaps the frame. */
        boolean touches(List<double[]> ring) {
            float[] b = bounds(List.of(ring));
            return b[2] >= x && b[0] <= x + width && b[3] >= y && b[1] <= y + height;
        }

        /** minX, minY, maxX, maxY on the page. */
        float[] bounds(List<List<double[]>> rings) {
            float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
            for (List<double[]> ring : rings) {
                for (double[] lonLat : ring) {
                    float[] xy = toPage(lonLat[0], lonLat[1]);
                    minX = Math.min(minX, xy[0]);
                    maxX = Math.max(maxX, xy[0]);
                    minY = Math.min(minY, xy[1]);
                    maxY = Math.max(maxY, xy[1]);
                }
            }
            return new float[]{minX, minY, maxX, maxY};
        }

        void path(Pen pen, List<double[]> lonLats, boolean close) throws IOException {
            boolean first = true;
            for (double[] lonLat : lonLats) {
                float[] xy = toPage(lonLat[0], lonLat[1]);
                if (first) {
                    pen.moveTo(xy[0], xy[1]);
                    first = false;
                } else {
                    pen.lineTo(xy[0], xy[1]);
                }
            }
            if (close) {
                pen.closePath();
            }
        }

        float[] toPage(double lon, double lat) {
            double px = mercatorX(lon, worldSize) - centreX;
            double py = mercatorY(lat, worldSize) - centreY;
            return new float[]{(float) (x + width / 2 + px * scale), (float) (y + height / 2 - py * scale)};
        }

        static double mercatorX(double lon, double world) {
            return (lon + 180) / 360 * world;
        }

        static double mercatorY(double lat, double world) {
            double clamped = Math.max(-85, Math.min(85, lat));
            double rad = Math.toRadians(clamped);
            return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * world;
        }
    }
}
