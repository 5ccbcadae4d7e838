package org.influenceatlas.layer;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a client asks of a layer: the date (none = every feature with its whole history), the
 * window around it for dated moments, whether to send geometry the client already has, and
 * whether ended presence should be kept (drawn hollow) rather than left out.
 */
public record LayerQuery(Optional<LocalDate> asOf, int windowDays, boolean geometry, boolean keepEnded) {

    public static LayerQuery all() {
        return new LayerQuery(Optional.empty(), 0, true, false);
    }

    /** What a map on this day draws, with the layer's own window. */
    public static LayerQuery drawnOn(LocalDate day, Layer layer, boolean keepEnded) {
        return new LayerQuery(Optional.of(day), layer.windowDays().orElse(0), true, keepEnded);
    }
}
