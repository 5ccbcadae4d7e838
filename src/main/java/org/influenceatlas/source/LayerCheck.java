package org.influenceatlas.source;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The day up to which a layer's facts were checked against the reporting, with how. Nothing the
 * atlas prints (a briefing's data date, a handout's cover) may claim data newer than the checks
 * of the layers it shows.
 */
public record LayerCheck(String layer, LocalDate checkedTo, String note) {

    public LayerCheck {
        if (layer == null || layer.isBlank()) {
            throw new IllegalArgumentException("layer is missing");
        }
        if (checkedTo == null) {
            throw new IllegalArgumentException("checked_to is missing");
        }
    }

    /** The earliest checked-to day among these layers (all checks when no layer is named); empty if none is checked. */
    public static Optional<LocalDate> earliest(Collection<LayerCheck> checks, Collection<String> layers) {
        return checks.stream().filter(c -> layers.isEmpty() || layers.contains(c.layer()))
                .map(LayerCheck::checkedTo).min(LocalDate::compareTo);
    }
}
