package org.influenceatlas.handout;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.briefing.SlideMap;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.Segment;
import org.influenceatlas.corridor.Waypoint;
import org.influenceatlas.event.Event;
import org.influenceatlas.layer.LayerCatalog;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceStatus;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws a slide's map as vector graphics on a PDF page: the same data and colours as the live
 * map (outlines, stance colours, corridors, presence, events near the date, emphasis), in Web
 * Mercator, with a legend and the as-of date. Vectors need no fonts or image libraries on the
 * server and stay sharp in print.
 */
final class MapSketch {

    /** The live map's usual canvas, so a slide's zoom frames the same area on paper. */
    static final double SCREEN_WIDTH = 960;
    static final double SCREEN_HEIGHT = 560;
    private static final String RUSSIA = "RUS";

    private final MapData data;
    private final PDFont font;

    MapSketch(MapData data, PDFont font) {
        this.data = data;
        this.font = font;
    }

    void draw(PDPageContentStream page, SlideMap map, float x, float y, float width, float height) throws IOException {
        Projection p = new Projection(map, x, y, width, height);
        LocalDate day = map.asOf();
        boolean alignments = map.layers().contains(LayerCatalog.ALIGNMENTS);
        Map<String, String> legend = new LinkedHashMap<>();

        page.saveGraphicsState();
        page.addRect(x, y, width, height);
        page.clip();
        fill(page, "#c9dbe6");
        page.addRect(x, y, width, height);
        page.fill();
        for (MapData.Outline outline : data.outlines()) {
            if (!outline.existsOn(day)) {
                continue;
            }
            boolean special = outline.special();
            String stance = alignments && !special ? data.stanceOn(outline.id(), day).orElse(null) : null;
            String colour = special ? "#e3c6c6" : RUSSIA.equals(outline.id()) ? "#5b5b5b"
                    : stance != null ? LayerCatalog.color(LayerCatalog.ALIGNMENTS, "stance", stance) : "#eeeeea";
            if (stance != null) {
                legend.put("stance " + stance, colour);
            }
            // Rings wholly outside the frame are left out: clipped anyway, they would only bloat the file.
            List<List<double[]>> visible = outline.rings().stream().filter(p::touches).toList();
            if (visible.isEmpty()) {
                continue;
            }
            boolean emphasised = emphasised(map, outline.id()) || isMember(map, outline.id(), day);
            for (List<double[]> ring : visible) {
                path(page, p, ring, true);
            }
            fill(page, colour);
            stroke(page, emphasised ? "#000000" : special ? "#6b1d1d" : "#8a8a8a", emphasised ? 1.6f : 0.4f,
                    special ? new float[]{3, 2} : null);
            // Even-odd, so that a ring inside another (an enclave) stays a hole.
            page.fillAndStrokeEvenOdd();
        }
        if (map.layers().contains(LayerCatalog.CORRIDORS)) {
            for (Corridor c : data.corridors()) {
                if (!c.period().contains(day)) {
                    continue;
                }
                String colour = LayerCatalog.color(LayerCatalog.CORRIDORS, "kind", Vocabulary.code(c.kind()));
                legend.put(Vocabulary.code(c.kind()).replace('-', ' '), colour);
                boolean emphasised = emphasised(map, c.id());
                for (Segment s : c.segmentsOn(day)) {
                    List<double[]> line = s.route().stream().map(Waypoint::point).map(pt -> new double[]{pt.longitude(), pt.latitude()}).toList();
                    if (c.bypassesRussia()) {
                        path(page, p, line, false);
                        stroke(page, "#a8dcc9", emphasised ? 9 : 6, null);
                        page.stroke();
                    }
                    path(page, p, line, false);
                    String status = Vocabulary.code(s.status());
                    stroke(page, colour, emphasised ? 3.5f : 2f, status.equals("operational") ? null
                            : status.equals("disrupted") || status.equals("halted") ? new float[]{1.5f, 3} : new float[]{5, 3});
                    page.stroke();
                }
            }
        }
        if (map.layers().contains(LayerCatalog.EVENTS)) {
            for (Event e : data.events()) {
                if (e.daysFrom(day) <= LayerCatalog.EVENT_WINDOW_DAYS) {
                    marker(page, p, e.location(), emphasised(map, e.id()) ? 5 : 3, "#333333", false);
                    legend.put("event near the date", "#333333");
                }
            }
        }
        if (map.layers().contains(LayerCatalog.PRESENCE)) {
            for (MilitaryPresence m : data.presences()) {
                Optional<PresenceStatus> status = m.statusOn(day);
                if (status.isEmpty()) {
                    continue;
                }
                String colour = LayerCatalog.color(LayerCatalog.PRESENCE, "operator", m.operator().value());
                legend.put("presence: " + m.operator().value(), colour);
                boolean hollow = status.get().isOver();
                marker(page, p, m.location(), emphasised(map, m.id()) ? 6 : 3.5f, colour, hollow);
            }
        }
        page.restoreGraphicsState();
        frame(page, x, y, width, height);
        legend(page, legend, x + 6, y + 6);
        label(page, "Map as of " + day, x + width - 6, y + height - 16, 11, true);
        label(page, "Boundaries: Natural Earth (patched)", x + width - 6, y + 4, 6, false);
    }

    private boolean emphasised(SlideMap map, String id) {
        return id.equals(map.selected()) || map.highlighted().contains(id);
    }

    private boolean isMember(SlideMap map, String country, LocalDate day) {
        if (map.organisation() == null) {
            return false;
        }
        return data.alignment(country).map(a -> a.membershipsOn(day)).orElse(List.of()).stream()
                .anyMatch(m -> m.organisation().equals(map.organisation()) && m.relation().isInside());
    }

    private static void path(PDPageContentStream page, Projection p, List<double[]> lonLats, boolean close) throws IOException {
        boolean first = true;
        for (double[] lonLat : lonLats) {
            float[] xy = p.toPage(lonLat[0], lonLat[1]);
            if (first) {
                page.moveTo(xy[0], xy[1]);
                first = false;
            } else {
                page.lineTo(xy[0], xy[1]);
            }
        }
        if (close) {
            page.closePath();
        }
    }

    private static void marker(PDPageContentStream page, Projection p, GeoPoint at, float radius, String colour,
                               boolean hollow) throws IOException {
        float[] xy = p.toPage(at.longitude(), at.latitude());
        float k = 0.552f * radius;
        page.moveTo(xy[0] + radius, xy[1]);
        page.curveTo(xy[0] + radius, xy[1] + k, xy[0] + k, xy[1] + radius, xy[0], xy[1] + radius);
        page.curveTo(xy[0] - k, xy[1] + radius, xy[0] - radius, xy[1] + k, xy[0] - radius, xy[1]);
        page.curveTo(xy[0] - radius, xy[1] - k, xy[0] - k, xy[1] - radius, xy[0], xy[1] - radius);
        page.curveTo(xy[0] + k, xy[1] - radius, xy[0] + radius, xy[1] - k, xy[0] + radius, xy[1]);
        fill(page, hollow ? "#ffffff" : colour);
        stroke(page, hollow ? colour : "#1a1a1a", 0.8f, null);
        page.fillAndStroke();
    }

    private void legend(PDPageContentStream page, Map<String, String> entries, float x, float y) throws IOException {
        float row = 9;
        float height = entries.size() * row + 6;
        fill(page, "#ffffff");
        page.addRect(x, y, 130, height);
        page.fill();
        float top = y + height - row;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            fill(page, e.getValue());
            stroke(page, "#555555", 0.3f, null);
            page.addRect(x + 4, top, 8, 6);
            page.fillAndStroke();
            fill(page, "#1a1a1a");
            page.beginText();
            page.setFont(font, 6.5f);
            page.newLineAtOffset(x + 16, top + 0.5f);
            page.showText(PdfText.encodable(font, e.getKey()));
            page.endText();
            top -= row;
        }
    }

    private void label(PDPageContentStream page, String text, float rightX, float y, float size, boolean boxed) throws IOException {
        float w = PdfText.width(font, size, text);
        if (boxed) {
            fill(page, "#ffffff");
            page.addRect(rightX - w - 4, y - 3, w + 8, size + 6);
            page.fill();
        }
        fill(page, "#1a1a1a");
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(rightX - w, y);
        page.showText(text);
        page.endText();
    }

    private static void frame(PDPageContentStream page, float x, float y, float w, float h) throws IOException {
        stroke(page, "#777777", 0.6f, null);
        page.addRect(x, y, w, h);
        page.stroke();
    }

    private static void fill(PDPageContentStream page, String hex) throws IOException {
        page.setNonStrokingColor(Color.decode(hex));
    }

    private static void stroke(PDPageContentStream page, String hex, float width, float[] dash) throws IOException {
        page.setStrokingColor(Color.decode(hex));
        page.setLineWidth(width);
        page.setLineDashPattern(dash == null ? new float[0] : dash, 0);
    }

    /** Web Mercator at the slide's zoom, centred on its view, scaled into the box on the page. */
    private record Projection(double centreX, double centreY, double worldSize, float x, float y, float width, float height,
                              double scale) {

        Projection(SlideMap map, float x, float y, float width, float height) {
            this(mercatorX(map.longitude(), 256 * Math.pow(2, map.zoom())), mercatorY(map.latitude(), 256 * Math.pow(2, map.zoom())),
                    256 * Math.pow(2, map.zoom()), x, y, width, height, width / SCREEN_WIDTH);
        }

        /** Whether the ring's bounding box overlaps the frame. */
        boolean touches(List<double[]> ring) {
            float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
            for (double[] lonLat : ring) {
                float[] xy = toPage(lonLat[0], lonLat[1]);
                minX = Math.min(minX, xy[0]);
                maxX = Math.max(maxX, xy[0]);
                minY = Math.min(minY, xy[1]);
                maxY = Math.max(maxY, xy[1]);
            }
            return maxX >= x && minX <= x + width && maxY >= y && minY <= y + height;
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
