package org.influenceatlas.handout;

import org.influenceatlas.base.Period;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.country.Boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The outlines a handout's maps draw under every layer, loaded once per export rather than once per slide. */
record MapData(List<Outline> outlines) {

    /** A boundary's rings as [lon, lat] pairs; special areas (occupied, breakaway) exist for a period. */
    record Outline(String id, String status, String from, String to, List<List<double[]>> rings) {

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

    static MapData of(List<Boundary> boundaries, ObjectMapper json) {
        List<Outline> outlines = new ArrayList<>();
        for (Boundary b : boundaries) {
            try {
                JsonNode feature = json.readTree(b.featureJson());
                JsonNode props = feature.path("properties");
                outlines.add(new Outline(b.id(), props.path("status").asText("state"),
                        text(props.get("from")), text(props.get("to")), rings(feature.path("geometry"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new MapData(outlines);
    }
    private static List<List<double[]>> rings(JsonNode geometry) {
        List<List<double[]>> rings = new ArrayList<>();
        JsonNode polygons = "Polygon".equals(geometry.path("type").asText())
                ? json(List.of(geometry.path("coordinates"))) : geometry.path("coordinates");
        for (JsonNode polygon : polygons) {
            for (JsonNode ring : polygon) {
                List<double[]> points = new ArrayList<>();
                ring.forEach(pos -> points.add(new double[]{pos.get(0).asDouble(), pos.get(1).asDouble()}));
                rings.add(points);
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
