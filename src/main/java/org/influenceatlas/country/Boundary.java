package org.influenceatlas.country;

/**
 * One outline from the bundled boundaries: a GeoJSON feature kept as text, since it is only
 * ever passed through to the browser whole.
 */
public record Boundary(String id, String featureJson) {

    public Boundary {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is missing");
        }
        if (featureJson == null || featureJson.isBlank()) {
            throw new IllegalArgumentException("geometry is missing");
        }
    }
}
