package org.influenceatlas.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.layer.GeoJson;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a client that does not want a whole layer asks for: features whose geometry meets a box
 * ({@code bbox=minLon,minLat,maxLon,maxLat}, the GeoJSON order; a box with minLon above maxLon
 * crosses the antimeridian, as RFC 7946 allows) and whose validity meets a period
 * ({@code from}, {@code to}, either open). Features without geometry are outside every box.
 */
record FeatureFilter(Optional<Box> bbox, Optional<LocalDate> from, Optional<LocalDate> to) {

    static final FeatureFilter NONE = new FeatureFilter(Optional.empty(), Optional.empty(), Optional.empty());

    record Box(double minLon, double minLat, double maxLon, double maxLat) {
        boolean crossesAntimeridian() {
            return minLon > maxLon;
        }

        boolean meets(double west, double south, double east, double north) {
            if (south > maxLat || north < minLat) {
                return false;
            }
            if (crossesAntimeridian()) {
                return east >= minLon || west <= maxLon;
            }
            return west <= maxLon && east >= minLon;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s,%s,%s,%s", minLon, minLat, maxLon, maxLat);
        }
    }

    static FeatureFilter parse(String bbox, String from, String to) {
        Optional<LocalDate> start = Params.day("from", from);
        Optional<LocalDate> end = Params.day("to", to);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw new BadParameterException("to", "'" + to + "' is before from " + start.get());
        }
        return new FeatureFilter(box(bbox), start, end);
    }

    private static Optional<Box> box(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new BadParameterException("bbox", "'" + text + "' is not minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadParameterException("bbox", "'" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw new BadParameterException("bbox", "'" + parts[i] + "' is not a finite number");
            }
        }
        for (int i : new int[]{0, 2}) {
            if (v[i] < -180 || v[i] > 180) {
                throw new BadParameterException("bbox", "longitude " + parts[i].trim() + " is outside -180..180");
            }
        }
        for (int i : new int[]{1, 3}) {
            if (v[i] < -90 || v[i] > 90) {
                throw new BadParameterException("bbox", "latitude " + parts[i].trim() + " is outside -90..90");
            }
        }
        if (v[1] > v[3]) {
            throw new BadParameterException("bbox", "minLat " + parts[1].trim() + " is above maxLat " + parts[3].trim());
        }
        return Optional.of(new Box(v[0], v[1], v[2], v[3]));
    }

    boolean isNone() {
        return bbox.isEmpty() && from.isEmpty() && to.isEmpty();
    }

    /** The part of a cache key that tells this filter apart. */
    String key() {
        return isNone() ? "" : "|" + bbox.map(Box::toString).orElse("") + "|" + from.map(LocalDate::toString).orElse("")
                + "|" + to.map(LocalDate::toString).orElse("");
    }

    List<Map<String, Object>> apply(List<Map<String, Object>> features) {
        return isNone() ? features : features.stream().filter(this::keeps).toList();
    }

    private boolean keeps(Map<String, Object> feature) {
        return bbox.map(box -> inBox(box, feature.get("geometry"))).orElse(true) && inPeriod(GeoJson.properties(feature));
    }

    private boolean inPeriod(Map<String, Object> properties) {
        if (from.isEmpty() && to.isEmpty()) {
            return true;
        }
        Object validFrom = properties.get("validFrom");
        Object validTo = properties.get("validTo");
        LocalDate first = validFrom == null ? LocalDate.MIN : PartialDate.parse(validFrom.toString()).firstDay();
        LocalDate last = validTo == null ? LocalDate.MAX : PartialDate.parse(validTo.toString()).lastDay();
        return from.map(day -> !last.isBefore(day)).orElse(true) && to.map(day -> !first.isAfter(day)).orElse(true);
    }

    /** Whether the geometry's extent meets the box (extent, not exact shape: a client filters the rest). */
    private static boolean inBox(Box box, Object geometry) {
        double[] extent = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        boolean found;
        if (geometry instanceof Map<?, ?> map) {
            found = extend(extent, map.get("coordinates"));
        } else if (geometry instanceof JsonNode node) {
            // Outlines are kept as parsed JSON (the alignments layer), not as maps.
            found = extend(extent, node.get("coordinates"));
        } else {
            found = false;
        }
        return found && box.meets(extent[0], extent[1], extent[2], extent[3]);
    }

    private static boolean extend(double[] extent, JsonNode coordinates) {
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            return false;
        }
        if (coordinates.get(0).isNumber()) {
            include(extent, coordinates.get(0).asDouble(), coordinates.get(1).asDouble());
            return true;
        }
        boolean any = false;
        for (JsonNode part : coordinates) {
            any |= extend(extent, part);
        }
        return any;
    }

    private static void include(double[] extent, double lon, double lat) {
        extent[0] = Math.min(extent[0], lon);
        extent[1] = Math.min(extent[1], lat);
        extent[2] = Math.max(extent[2], lon);
        extent[3] = Math.max(extent[3], lat);
    }

    private static boolean extend(double[] extent, Object coordinates) {
        if (!(coordinates instanceof List<?> list) || list.isEmpty()) {
            return false;
        }
        if (list.get(0) instanceof Number) {
            include(extent, ((Number) list.get(0)).doubleValue(), ((Number) list.get(1)).doubleValue());
            return true;
        }
        boolean any = false;
        for (Object part : list) {
            any |= extend(extent, part);
        }
        return any;
    }
}
