package org.influenceatlas.map.ui;

import com.vaadin.flow.router.QueryParameters;
import org.influenceatlas.layer.LayerRegistry;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.map.Permalink;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * How the explorer reads its address: the permalink's values over today with every layer, and a
 * link that selects a feature but names no date opens on a day the map draws it. The explorer and
 * its early preview both read links here, so the preview draws what the explorer will show.
 */
@Component
class ExplorerLinks {

    private final LayerRegistry layers;
    private final FeatureReveal reveal;
    private final Clock clock;

    ExplorerLinks(LayerRegistry layers, FeatureReveal reveal, Clock clock) {
        this.layers = layers;
        this.reveal = reveal;
        this.clock = clock;
    }

    MapState initial() {
        return MapState.initial(LocalDate.now(clock), layers.ids());
    }

    MapState.Parsed open(QueryParameters query) {
        MapState.Parsed parsed = Permalink.parse(query, initial(), layers.ids(), LocalDate.now(clock));
        MapState state = parsed.state();
        if (state.selection().isPresent() && !query.getParameters().containsKey("asOf")) {
            state = reveal.reveal(state, state.selection().get());
        }
        return new MapState.Parsed(state, parsed.problems());
    }
}
