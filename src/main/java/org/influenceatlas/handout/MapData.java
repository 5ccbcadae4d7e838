package org.influenceatlas.handout;

import org.influenceatlas.base.Period;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.country.Boundary;
import org.influenceatlas.country.Places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The outlines a handout's maps draw under every layer, loaded once per export rather than once
 * per slide, and the places they label (the same gazetteer as the screen's).
 */
record MapData(List<Outline> outlines, List<Places.Place> places) {

    /** A boundary's rings as [lon, lat] pairs; special areas (occupied, breakaway) exist for a period. */
    record Outline(String id, String name, String status, String from, String to, List<List<double[]>> rings,
                   List<List<double[]>> outer) {

        /**
         * Where the name goes: the centre of the bounding box of the largest part (the first ring
         * of each polygon), as the live map places it (labelPoint in map-controller.ts); [lon, lat, size].
         */
        double[] labelPoint() {
            double[] best = null;
            for (List<double[]> ring : outer) {
                double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                for (double[] p : ring) {
                    minX = Math.min(minX, p[0]);
                    maxX = Math.max(maxX, p[0]);
                    minY = Math.min(minY, p[1]);
                    maxY = Math.max(maxY, p[1]);
                }
                double size = (maxX - minX) * (maxY - minY);
                if (!ring.isEmpty() && (best == null || size > best[2])) {
                    best = new double[]{(minX + maxX) / 2, (minY + maxY) / 2, size};
                }
            }
            return best;
        }

        boolean special() {
            return status.equals("occupied") || status.equals("breakaway");
        }

        boolean existsOn(LocalDate day) {
            if (!special()) {
                return true;
            }
            return from == null || Period.parse(from, to).contains(day);
        }
    }

    static MapData of(List<Boundary> boundaries, List<Places.Place> places, ObjectMapper json) {
        List<Outline> outlines = new ArrayList<>();
        for (Boundary b : boundaries) {
            try {
                JsonNode feature = json.readTree(b.featureJson());
                JsonNode props = feature.path("properties");
                JsonNode geometry = feature.path("geometry");
                outlines.add(new Outline(b.id(), props.path("name").asText(b.id()), props.path("status").asText("state"),
                        text(props.get("from")), text(props.get("to")), rings(geometry, false), rings(geometry, true)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new MapData(outlines, places);
    }
    /** Every ring, or only the first (outer) ring of each polygon. */
    private static List<List<double[]>> rings(JsonNode geometry, boolean outerOnly) {
        List<List<double[]>> rings = new ArrayList<>();
        JsonNode polygons = "Polygon".equals(geometry.path("type").asText())
                ? json(List.of(geometry.path("coordinates"))) : geometry.path("coordinates");
        for (JsonNode polygon : polygons) {
            for (JsonNode ring : polygon) {
                List<double[]> points = new ArrayList<>();
                ring.forEach(pos -> points.add(new double[]{pos.get(0).asDouble(), pos.get(1).asDouble()}));
                rings.add(points);
                if (outerOnly) {
                    break;
                }
            }
        }
        return rings;
    }

    private static JsonNode json(List<JsonNode> nodes) {
        var array = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        nodes.forEach(array::add);
        return array;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

}
