package org.influenceatlas.layer;

/**
 * What one feature looks like, resolved from its layer's {@link Symbology}: a shape (points), a
 * colour (points and lines), a fill or a fill pattern (areas), a halo colour, a dash pattern,
 * whether it is drawn hollow, and its opacity. Null fields are not set by the description.
 */
public record Symbol(String shape, String color, String fill, String pattern, String halo, String dash, boolean hollow,
                     double opacity) {

    /** A compact text form, the same as the browser writes on what it draws (data-symbol), for comparisons. */
    public String key() {
        return String.join("|", text(shape), text(color), text(fill), text(pattern), text(halo), text(dash),
                hollow ? "hollow" : "solid");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
