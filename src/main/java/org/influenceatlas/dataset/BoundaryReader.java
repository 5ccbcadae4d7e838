package org.influenceatlas.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.country.Boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the boundaries GeoJSON and checks each geometry the way a strict GIS client would:
 * polygons only, closed rings of at least four positions, longitude and latitude in range.
 * Streams the file so that a problem can name the line on which its feature starts.
 */
final class BoundaryReader {

    static final String FILE = "boundaries/countries.geojson";

    private final ObjectMapper json;

    BoundaryReader(ObjectMapper json) {
        this.json = json;
    }

    List<Boundary> read(Path root, Set<String> knownCountries, Problems problems) {
        Path file = root.resolve(FILE);
        List<Boundary> boundaries = new ArrayList<>();
        if (!Files.exists(file)) {
            problems.add(FILE, 0, null, "file is missing");
            return boundaries;
        }
        Set<String> ids = new HashSet<>();
        try (JsonParser parser = json.getFactory().createParser(file.toFile())) {
            if (!seekFeatures(parser)) {
                problems.add(FILE, 1, "features", "must be a FeatureCollection with a features array");
                return boundaries;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                long line = parser.currentLocation().getLineNr();
                JsonNode feature = parser.readValueAsTree();
                String id = feature.path("id").asText("");
                if (id.isEmpty()) {
                    problems.add(FILE, line, "id", "is missing");
                    continue;
                }
                if (!knownCountries.contains(id)) {
                    problems.add(FILE, line, "id", "outline " + id + " has no row in " + DatasetFiles.COUNTRIES);
                }
                if (!ids.add(id)) {
                    problems.add(FILE, line, "id", "duplicate id " + id);
                }
                String problem = geometryProblem(feature.path("geometry"));
                if (problem != null) {
                    problems.add(FILE, line, "geometry", id + ": " + problem);
                    continue;
                }
                boundaries.add(new Boundary(id, feature.toString()));
            }
        } catch (IOException e) {
            problems.add(FILE, 0, null, "is not valid JSON: " + e.getMessage());
        }
        return boundaries;
    }

    /** Moves the parser into the top-level "features" array; false if there is none. */
    private static boolean seekFeatures(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("features".equals(field)) {
                return value == JsonToken.START_ARRAY;
            }
            parser.skipChildren();
        }
        return false;
    }

    static String geometryProblem(JsonNode geometry) {
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            return "coordinates are missing";
        }
        return switch (type) {
            case "Polygon" -> polygonProblem(coordinates);
            case "MultiPolygon" -> {
                for (JsonNode polygon : coordinates) {
                    String problem = polygonProblem(polygon);
                    if (problem != null) {
                        yield problem;
                    }
                }
                yield null;
            }
            default -> "type '" + type + "' is not Polygon or MultiPolygon";
        };
    }

    private static String polygonProblem(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            return "a polygon has no rings";
        }
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                return "a ring has fewer than 4 positions";
            }
            for (JsonNode position : ring) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                    return "a position is not [longitude, latitude]";
                }
                double lon = position.get(0).asDouble();
                double lat = position.get(1).asDouble();
                if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                    return "position [" + lon + ", " + lat + "] is out of range";
                }
            }
            if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                return "a ring is not closed";
            }
        }
        return null;
    }
}
