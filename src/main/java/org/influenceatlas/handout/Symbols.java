package org.influenceatlas.handout;

/** Small rules of line drawing the screen applies too (symbols.ts): dark casing under light lines, dash scale. */
final class Symbols {

    static final String CASING = "#3a3a3a";

    private Symbols() {
    }

    /**
     * A line colour too light to stand out on the pale country fills (the power lines' yellow) is
     * drawn over a dark casing: relative luminance (WCAG) of a #rrggbb colour above 0.6.
     */
    static boolean needsCasing(String color) {
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            return false;
        }
        double l = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(color.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            l += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return l > 0.6;
    }

    /** An SVG dash pattern ("8 6") as PDF lengths, scaled from screen pixels to page points. */
    static float[] dash(String pattern, float scale) {
        if (pattern == null || pattern.isBlank()) {
            return null;
        }
        String[] parts = pattern.trim().split("\\s+");
        float[] dash = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            dash[i] = Float.parseFloat(parts[i]) * scale;
        }
        return dash;
    }
}
