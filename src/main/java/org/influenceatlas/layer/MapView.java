package org.influenceatlas.layer;

import java.util.Locale;
import java.util.Optional;

/** Where the map looks: centre and zoom, as in {@code view=41.0,45.0,6}. */
public record MapView(double latitude, double longitude, int zoom) {

    public static final int MIN_ZOOM = 2;
    public static final int MAX_ZOOM = 12;

    public MapView {
        // Written as "not inside" so that NaN, which fails every comparison, is rejected too.
        if (!(latitude >= -85 && latitude <= 85 && longitude >= -180 && longitude <= 180) || zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("view out of range: " + latitude + "," + longitude + "," + zoom);
        }
    }

    public static MapView clamped(double lat, double lon, int zoom) {
        // Only a longitude outside the range is wrapped: the arithmetic would turn 45.123 into
        // 45.12300000000005, and the view read back from the URL would no longer equal this one.
        double wrapped = lon >= -180 && lon <= 180 ? lon : ((lon + 180) % 360 + 360) % 360 - 180;
        return new MapView(Math.max(-85, Math.min(85, lat)), wrapped, Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)));
    }

    public String toParameter() {
        return String.format(Locale.ROOT, "%.3f,%.3f,%d", latitude, longitude, zoom).replaceAll("\\.?0+,", ",");
    }

    public static Optional<MapView> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MapView(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    (int) Math.round(Double.parseDouble(parts[2]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
