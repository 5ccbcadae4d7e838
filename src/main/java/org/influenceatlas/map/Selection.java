package org.influenceatlas.map;

import java.util.Optional;

/**
 * The feature the user has selected. Countries belong to the alignments layer, so
 * {@code select=ARM} in a URL is short for {@code alignments:ARM}.
 */
public record Selection(MapLayer layer, String id) {

    public Selection {
        if (layer == null || id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
            throw new IllegalArgumentException("not a selectable id: " + id);
        }
    }

    public String key() {
        return layer.id() + ":" + id;
    }

    /** The URL form: a bare id for a country, layer:id for anything else. */
    public String toParameter() {
        return layer == MapLayer.ALIGNMENTS ? id : key();
    }

    public static Optional<Selection> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return Optional.of(new Selection(MapLayer.ALIGNMENTS, text.trim().toUpperCase(java.util.Locale.ROOT)));
            }
            return MapLayer.byId(text.substring(0, colon)).map(l -> new Selection(l, text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
