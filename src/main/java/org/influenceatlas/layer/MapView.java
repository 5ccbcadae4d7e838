package org.influenceatlas.layer;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the map looks: centre and zoom, and optionally the area that was on screen when the view
 * was taken ({@code view=41.0,45.0,6} or {@code view=41.0,45.0,6,38.5,40.1,43.2,49.9}: centre,
 * zoom, then south, west, north, east). A map given bounds fits them into whatever screen it has,
 * so a slide shows the same area on a phone, a laptop and a projector; centre and zoom remain for
 * a reader of the URL and for a screen the bounds cannot fit.
 */
public record MapView(double latitude, double longitude, int zoom, Optional<Bounds> bounds) {

    public static final int MIN_ZOOM = 2;
    public static final int MAX_ZOOM = 12;

    /** The area on screen: south, west, north, east in degrees. */
    public record Bounds(double south, double west, double north, double east) {
        public Bounds {
            // Written as "not inside" so that NaN, which fails every comparison, is rejected too.
            if (!(south >= -85 && north <= 85 && west >= -180 && east <= 180 && south < north && west < east)) {
                throw new IllegalArgumentException("bounds out of range: " + south + "," + west + "," + north + "," + east);
            }
        }

        String toParameter() {
            return String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f", south, west, north, east).replaceAll("\\.?0+(,|$)", "$1");
        }
    }

    public MapView {
        if (!(latitude >= -85 && latitude <= 85 && longitude >= -180 && longitude <= 180) || zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("view out of range: " + latitude + "," + longitude + "," + zoom);
        }
        bounds = bounds == null ? Optional.empty() : bounds;
    }

    public MapView(double latitude, double longitude, int zoom) {
        this(latitude, longitude, zoom, Optional.empty());
    }

    public static MapView clamped(double lat, double lon, int zoom) {
        // Only a longitude outside the range is wrapped: the arithmetic would turn 45.123 into
        // 45.12300000000005, and the view read back from the URL would no longer equal this one.
        double wrapped = lon >= -180 && lon <= 180 ? lon : ((lon + 180) % 360 + 360) % 360 - 180;
        return new MapView(Math.max(-85, Math.min(85, lat)), wrapped, Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)));
    }

    /** The same view with the area on screen, clamped to the map's range (a world-wide view is simply not bounded). */
    public MapView withBounds(double south, double west, double north, double east) {
        double s = round(Math.max(-85, south));
        double n = round(Math.min(85, north));
        double w = round(Math.max(-180, west));
        double e = round(Math.min(180, east));
        if (!(s < n && w < e)) {
            return new MapView(latitude, longitude, zoom);
        }
        return new MapView(latitude, longitude, zoom, Optional.of(new Bounds(s, w, n, e)));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1000) / 1000.0;
    }

    public String toParameter() {
        String centre = String.format(Locale.ROOT, "%.3f,%.3f,%d", latitude, longitude, zoom).replaceAll("\\.?0+,", ",");
        return bounds.map(b -> centre + "," + b.toParameter()).orElse(centre);
    }

    public static Optional<MapView> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 3 && parts.length != 7) {
            return Optional.empty();
        }
        try {
            double[] n = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                n[i] = Double.parseDouble(parts[i]);
            }
            Optional<Bounds> bounds = parts.length == 7 ? Optional.of(new Bounds(n[3], n[4], n[5], n[6])) : Optional.empty();
            return Optional.of(new MapView(n[0], n[1], (int) Math.round(n[2]), bounds));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
