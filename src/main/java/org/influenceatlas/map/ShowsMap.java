package org.influenceatlas.map;

/**
 * A view with an {@link AtlasMap} on it. Its page asks for the map's layer data while Vaadin is
 * still starting (map.ui.MapDataPreload); pages without a map do not download it.
 */
public interface ShowsMap {
}
