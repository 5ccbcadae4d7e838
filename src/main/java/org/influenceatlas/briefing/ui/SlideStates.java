package org.influenceatlas.briefing.ui;

import org.influenceatlas.briefing.SlideMap;
import org.influenceatlas.briefing.FeatureDirectory;
import org.influenceatlas.map.MapLayer;
import org.influenceatlas.map.MapState;
import org.influenceatlas.map.MapView;
import org.influenceatlas.map.Selection;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a slide's map into the explorer's {@link MapState}. A slide names a feature by id only;
 * the feature directory says which layer it is in.
 */
@Component
class SlideStates {

    private final FeatureDirectory features;

    SlideStates(FeatureDirectory features) {
        this.features = features;
    }

    MapState stateOf(SlideMap map) {
        Set<MapLayer> layers = map.layers().stream().map(MapLayer::byId).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MapLayer.class)));
        return new MapState(map.asOf(), layers, Optional.ofNullable(map.selected()).map(this::selection),
                Optional.of(new MapView(map.latitude(), map.longitude(), map.zoom())), Optional.ofNullable(map.organisation()));
    }

    /** Unknown ids cannot occur after validation; treating one as a country shows "not found". */
    Selection selection(String id) {
        return new Selection(features.layerOf(id).flatMap(MapLayer::byId).orElse(MapLayer.ALIGNMENTS), id);
    }
}
