package org.influenceatlas.briefing.ui;

import org.influenceatlas.briefing.SlideMap;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.event.EventService;
import org.influenceatlas.map.MapLayer;
import org.influenceatlas.map.MapState;
import org.influenceatlas.map.MapView;
import org.influenceatlas.map.Selection;
import org.influenceatlas.presence.PresenceService;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a slide's map into the explorer's {@link MapState}. A slide names a feature by id only;
 * the layer comes from which feature service knows the id (anything else is a country).
 */
@Component
class SlideStates {

    private final PresenceService presences;
    private final CorridorService corridors;
    private final EventService events;

    SlideStates(PresenceService presences, CorridorService corridors, EventService events) {
        this.presences = presences;
        this.corridors = corridors;
        this.events = events;
    }

    MapState stateOf(SlideMap map) {
        Set<MapLayer> layers = map.layers().stream().map(MapLayer::byId).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MapLayer.class)));
        return new MapState(map.asOf(), layers, Optional.ofNullable(map.selected()).map(this::selection),
                Optional.of(new MapView(map.latitude(), map.longitude(), map.zoom())), Optional.ofNullable(map.organisation()));
    }

    Selection selection(String id) {
        if (presences.all().stream().anyMatch(p -> p.id().equals(id))) {
            return new Selection(MapLayer.MILITARY_PRESENCE, id);
        }
        if (corridors.all().stream().anyMatch(c -> c.id().equals(id))) {
            return new Selection(MapLayer.CORRIDORS, id);
        }
        if (events.all().stream().anyMatch(e -> e.id().equals(id))) {
            return new Selection(MapLayer.EVENTS, id);
        }
        return new Selection(MapLayer.ALIGNMENTS, id);
    }
}
