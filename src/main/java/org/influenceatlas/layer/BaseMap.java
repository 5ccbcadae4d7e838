package org.influenceatlas.layer;

/**
 * The offline base map under every layer: sea, land and borders, drawn when the alliance layer is
 * off (it then fills the countries itself). The browser reads these from {@code /api/v1/layers}.
 */
public record BaseMap(String sea, String land, String border, String specialBorder, String specialDash) {

    public static final BaseMap STYLE = new BaseMap("#c9dbe6", "#eeeeea", "#8a8a8a", "#6b1d1d", "4 3");
}
