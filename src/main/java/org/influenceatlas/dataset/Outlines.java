package org.influenceatlas.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.country.Boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled country outlines as polygons, to check that a point lies in its country. The
 * outlines are Natural Earth 1:50m, whose coastlines and borders are generalised by a few
 * kilometres, so a point within {@link #TOLERANCE_KM} of its country counts as in it: a base on
 * the shore must not read as in the sea, while a point at sea or across a border still stands out.
 */
final class Outlines {

    static final double TOLERANCE_KM = 8;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Rings of [lon, lat] per country; the first ring of each polygon is its shell, the others holes. */
    private final Map<String, List<List<double[][]>>> polygons = new HashMap<>();

    Outlines(List<Boundary> boundaries) {
        ObjectMapper json = new ObjectMapper();
        for (Boundary boundary : boundaries) {
            try {
                JsonNode geometry = json.readTree(boundary.featureJson()).path("geometry");
                List<List<double[][]>> list = polygons.computeIfAbsent(boundary.id(), k -> new ArrayList<>());
                if ("Polygon".equals(geometry.path("type").asText())) {
                    list.add(rings(geometry.path("coordinates")));
                } else {
                    geometry.path("coordinates").forEach(polygon -> list.add(rings(polygon)));
                }
            } catch (java.io.IOException e) {
                // The boundary reader has already reported an unreadable outline.
            }
        }
    }

    private static List<double[][]> rings(JsonNode polygon) {
        List<double[][]> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            double[][] positions = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                positions[i] = new double[]{ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
            }
            rings.add(positions);
        }
        return rings;
    }

    boolean has(String country) {
        return polygons.containsKey(country);
    }

    /** Kilometres from the point to the country's outline; 0 inside it. */
    double distanceKm(GeoPoint point, String country) {
        double best = Double.MAX_VALUE;
        for (List<double[][]> polygon : polygons.getOrDefault(country, List.of())) {
            if (inside(point, polygon)) {
                return 0;
            }
            for (double[][] ring : polygon) {
                best = Math.min(best, distanceToRingKm(point, ring));
            }
        }
        return best;
    }

    private static boolean inside(GeoPoint p, List<double[][]> polygon) {
        if (!inRing(p, polygon.get(0))) {
            return false;
        }
        for (int i = 1; i < polygon.size(); i++) {
            if (inRing(p, polygon.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRing(GeoPoint p, double[][] ring) {
        double x = p.longitude();
        double y = p.latitude();
        boolean in = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }

    /** Distance to the nearest edge, on a plane tangent at the point (exact enough within tens of km). */
    private static double distanceToRingKm(GeoPoint p, double[][] ring) {
        double kmPerDegLat = Math.toRadians(EARTH_RADIUS_KM);
        double kmPerDegLon = kmPerDegLat * Math.cos(Math.toRadians(p.latitude()));
        double best = Double.MAX_VALUE;
        for (int i = 1; i < ring.length; i++) {
            double ax = (ring[i - 1][0] - p.longitude()) * kmPerDegLon, ay = (ring[i - 1][1] - p.latitude()) * kmPerDegLat;
            double bx = (ring[i][0] - p.longitude()) * kmPerDegLon, by = (ring[i][1] - p.latitude()) * kmPerDegLat;
            double dx = bx - ax, dy = by - ay;
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length));
            double cx = ax + t * dx, cy = ay + t * dy;
            best = Math.min(best, Math.sqrt(cx * cx + cy * cy));
        }
        return best;
    }

    /** Great-circle distance between two points, in kilometres. */
    static double distanceKm(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
