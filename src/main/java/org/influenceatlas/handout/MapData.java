package org.influenceatlas.handout;

import org.influenceatlas.base.Period;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.alignment.Alignment;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.country.Boundary;
import org.influenceatlas.event.Event;
import org.influenceatlas.presence.MilitaryPresence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a handout's maps draw, loaded once per export rather than once per slide. */
record MapData(List<Outline> outlines, Map<String, Alignment> alignments, List<MilitaryPresence> presences,
               List<Corridor> corridors, List<Event> events) {

    /** A boundary's rings as [lon, lat] pairs; special areas (occupied, breakaway) exist for a period. */
    record Outline(String id, boolean special, String from, String to, List<List<double[]>> rings) {

        boolean existsOn(LocalDate day) {
            if (!special) {
                return true;
            }
            return from == null || Period.parse(from, to).contains(day);
        }
    }

    static MapData of(List<Boundary> boundaries, List<Alignment> alignments, List<MilitaryPresence> presences,
                      List<Corridor> corridors, List<Event> events, ObjectMapper json) {
        List<Outline> outlines = new ArrayList<>();
        for (Boundary b : boundaries) {
            try {
                JsonNode feature = json.readTree(b.featureJson());
                JsonNode props = feature.path("properties");
                String status = props.path("status").asText("state");
                outlines.add(new Outline(b.id(), status.equals("occupied") || status.equals("breakaway"),
                        text(props.get("from")), text(props.get("to")), rings(feature.path("geometry"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, Alignment> byCountry = new HashMap<>();
        alignments.forEach(a -> byCountry.put(a.country().value(), a));
        return new MapData(outlines, byCountry, presences, corridors, events);
    }

    Optional<Alignment> alignment(String country) {
        return Optional.ofNullable(alignments.get(country));
    }

    Optional<String> stanceOn(String country, LocalDate day) {
        return alignment(country).flatMap(a -> a.stanceOn(day)).map(s -> Vocabulary.code(s.value()));
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
