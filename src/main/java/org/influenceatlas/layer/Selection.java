package org.influenceatlas.layer;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The feature the user has selected, with its layer. Countries belong to the alliance layer, so
 * {@code select=ARM} is short for {@code alignments:ARM}.
 */
public record Selection(String layer, String id) {

    /** What a feature id may look like: letters, digits and a few separators, at most 100 characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    public Selection {
        if (layer == null || !layer.matches("[a-z][a-z-]{0,39}")) {
            throw new IllegalArgumentException("not a layer id: " + layer);
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a selectable id: " + id);
        }
    }

    public String key() {
        return layer + ":" + id;
    }

    /** The parameter form: a bare id for a country, layer:id for anything else. */
    public String toParameter() {
        return Card.COUNTRY_LAYER.equals(layer) ? id : key();
    }

    /** A {@code layer:id} or a bare country code; empty when malformed or on an unknown layer. */
    public static Optional<Selection> parse(String text, Set<String> knownLayers) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return Optional.of(new Selection(Card.COUNTRY_LAYER, text.trim().toUpperCase(Locale.ROOT)));
            }
            String layer = text.substring(0, colon);
            return knownLayers.contains(layer) ? Optional.of(new Selection(layer, text.substring(colon + 1))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
