package org.influenceatlas.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The map state a slide shows: date, view, visible layers, the selected feature and the
 * highlighted ones, and an optional organisation whose members are outlined. Ids refer to
 * dataset features; whether they exist is checked when a briefing is imported or saved.
 */
public record SlideMap(LocalDate asOf, double latitude, double longitude, int zoom, List<String> layers,
                       String selected, List<String> highlighted, String organisation) {

    public static final List<String> LAYERS = List.of("military-presence", "corridors", "alignments", "events");
    /** The map's time range starts here: earlier dates could not be shown. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2008, 1, 1);
    public static final int MAX_IDS = 1000;
    public static final int MIN_ZOOM = 2;
    public static final int MAX_ZOOM = 12;

    public SlideMap {
        Objects.requireNonNull(asOf, "asOf is missing");
        if (asOf.isBefore(FIRST_DAY)) {
            throw new IllegalArgumentException("asOf " + asOf + " is before the map's first day " + FIRST_DAY);
        }
        if (!(latitude >= -85 && latitude <= 85) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("view " + latitude + "," + longitude + " is outside the map");
        }
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom " + zoom + " is outside " + MIN_ZOOM + ".." + MAX_ZOOM);
        }
        layers = List.copyOf(layers);
        for (String layer : layers) {
            if (!LAYERS.contains(layer)) {
                throw new IllegalArgumentException("unknown layer '" + layer + "'; known: " + String.join(", ", LAYERS));
            }
        }
        highlighted = List.copyOf(highlighted);
        if (String.join(",", highlighted).length() > MAX_IDS || selected != null && selected.length() > 100) {
            throw new IllegalArgumentException("too many or too long feature ids");
        }
        selected = selected == null || selected.isBlank() ? null : selected;
        organisation = organisation == null || organisation.isBlank() ? null : organisation;
    }
}
