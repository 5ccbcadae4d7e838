package org.influenceatlas.map.ui;

import org.influenceatlas.base.Period;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.corridor.Segment;
import org.influenceatlas.event.EventService;
import org.influenceatlas.layer.LayerCatalog;
import org.influenceatlas.map.MapLayer;
import org.influenceatlas.map.MapState;
import org.influenceatlas.map.Selection;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Puts a chosen feature on the map. A hit in the search box or a link in a country's profile may
 * be in a layer that is switched off, or dated away from the map's date: an event years earlier,
 * a base not yet opened, a corridor not yet built. Flying to an empty spot would say nothing, so
 * the feature's layer is switched on and the date moves to the first day the map draws it.
 */
@Component
class FeatureReveal {

    private final PresenceService presences;
    private final CorridorService corridors;
    private final EventService events;

    FeatureReveal(PresenceService presences, CorridorService corridors, EventService events) {
        this.presences = presences;
        this.corridors = corridors;
        this.events = events;
    }

    MapState reveal(MapState state, Selection selection) {
        EnumSet<MapLayer> layers = EnumSet.of(selection.layer());
        layers.addAll(state.layers());
        MapState shown = state.withLayers(layers);
        return dayDrawn(selection, state.asOf(), state.showEnded()).map(shown::withAsOf).orElse(shown);
    }

    /** The day to move to when the map does not draw the feature on this one; empty when it does. */
    private Optional<LocalDate> dayDrawn(Selection selection, LocalDate day, boolean showEnded) {
        String id = selection.id();
        return switch (selection.layer()) {
            case MILITARY_PRESENCE -> presences.find(id)
                    .filter(p -> !drawn(p, day, showEnded)).map(p -> p.period().from().firstDay());
            case CORRIDORS -> corridors.find(id)
                    .filter(c -> !drawn(c, day)).map(FeatureReveal::firstDayDrawn);
            case EVENTS -> events.find(id)
                    .filter(e -> e.daysFrom(day) > LayerCatalog.EVENT_WINDOW_DAYS).map(e -> e.period().from().firstDay());
            case ALIGNMENTS -> Optional.empty(); // countries are always drawn
        };
    }

    /** As the map draws presence: while it lasts, and after its end too when ended sites are shown. */
    private static boolean drawn(MilitaryPresence presence, LocalDate day, boolean showEnded) {
        Period period = presence.period();
        boolean ended = period.end().map(end -> !day.isBefore(end.firstDay())).orElse(false);
        return period.contains(day) || ended && showEnded;
    }

    private static boolean drawn(Corridor corridor, LocalDate day) {
        return corridor.period().contains(day) && !corridor.segmentsOn(day).isEmpty();
    }

    /** The first day within the corridor's period on which one of its segments exists. */
    private static LocalDate firstDayDrawn(Corridor corridor) {
        LocalDate start = corridor.period().from().firstDay();
        return corridor.segments().stream().map(Segment::period)
                .map(p -> p.from().firstDay().isAfter(start) ? p.from().firstDay() : start)
                .filter(day -> drawn(corridor, day)).min(LocalDate::compareTo).orElse(start);
    }
}
