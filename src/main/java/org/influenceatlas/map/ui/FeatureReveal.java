package org.influenceatlas.map.ui;

import org.influenceatlas.layer.Layer;
import org.influenceatlas.layer.LayerRegistry;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.Selection;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.TreeSet;

/**
 * Puts a chosen feature on the map. A hit in the search box or a link in a country's profile may
 * be in a layer that is switched off, or dated away from the map's date: an event years earlier,
 * a base not yet opened, a corridor not yet built. Flying to an empty spot would say nothing, so
 * the feature's layer is switched on and the date moves to the first day its layer draws it.
 */
@Component
class FeatureReveal {

    private final LayerRegistry layers;

    FeatureReveal(LayerRegistry layers) {
        this.layers = layers;
    }

    MapState reveal(MapState state, Selection selection) {
        Set<String> shown = new TreeSet<>(state.layers());
        shown.add(selection.layer());
        MapState revealed = state.withLayers(shown);
        return layers.find(selection.layer())
                .flatMap((Layer layer) -> layer.dayDrawn(selection.id(), state.asOf(), state.showEnded()))
                .map(revealed::withAsOf).orElse(revealed);
    }
}
