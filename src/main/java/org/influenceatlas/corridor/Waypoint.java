package org.influenceatlas.corridor;

import org.influenceatlas.base.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A named town on or near a route; routes are drawn through these, so lines are approximate. */
public record Waypoint(String place, GeoPoint point) {

    private static final Pattern ONE = Pattern.compile("\\s*(.+?)\\s*\\(\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\)\\s*");

    /** Parses {@code Place (lat,lon); Place (lat,lon); ...}; a route needs two points at least. */
    public static List<Waypoint> parseRoute(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("route is missing");
        }
        List<Waypoint> route = new ArrayList<>();
        for (String part : text.split(";")) {
            Matcher m = ONE.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not of the form Place (lat,lon)");
            }
            route.add(new Waypoint(m.group(1), new GeoPoint(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)))));
        }
        if (route.size() < 2) {
            throw new IllegalArgumentException("a route needs at least two waypoints");
        }
        return route;
    }

    public static String format(List<Waypoint> route) {
        return String.join("; ", route.stream()
                .map(w -> w.place() + " (" + w.point().latitude() + "," + w.point().longitude() + ")").toList());
    }
}
