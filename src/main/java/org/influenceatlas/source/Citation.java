package org.influenceatlas.source;

/** A fact's reference to a source, with an optional verbatim quote and a locator (page, line). */
public record Citation(String sourceId, String locator, String quote) {

    public Citation {
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("source is missing");
        }
    }

    public static Citation of(String sourceId) {
        return new Citation(sourceId, null, null);
    }

    public boolean isUnsourced() {
        return Source.UNSOURCED.equals(sourceId);
    }
}
