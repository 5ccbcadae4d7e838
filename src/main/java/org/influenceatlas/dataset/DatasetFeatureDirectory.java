package org.influenceatlas.dataset;

import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.briefing.FeatureDirectory;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.layer.LayerCatalog;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The feature ids a briefing slide may name: presence, corridors, events and countries. */
@Component
class DatasetFeatureDirectory implements FeatureDirectory {

    private final PresenceService presences;
    private final CorridorService corridors;
    private final EventService events;
    private final CountryService countries;
    private final AlignmentService alignments;

    DatasetFeatureDirectory(PresenceService presences, CorridorService corridors, EventService events,
                            CountryService countries, AlignmentService alignments) {
        this.presences = presences;
        this.corridors = corridors;
        this.events = events;
        this.countries = countries;
        this.alignments = alignments;
    }

    @Override
    public Optional<String> layerOf(String id) {
        if (presences.all().stream().anyMatch(p -> p.id().equals(id))) {
            return Optional.of(LayerCatalog.PRESENCE);
        }
        if (corridors.all().stream().anyMatch(c -> c.id().equals(id))) {
            return Optional.of(LayerCatalog.CORRIDORS);
        }
        if (events.all().stream().anyMatch(e -> e.id().equals(id))) {
            return Optional.of(LayerCatalog.EVENTS);
        }
        if (countries.all().stream().anyMatch(c -> c.code().value().equals(id))) {
            return Optional.of(LayerCatalog.ALIGNMENTS);
        }
        return Optional.empty();
    }

    @Override
    public boolean isOrganisation(String id) {
        return alignments.organisations().stream().anyMatch(o -> o.id().equals(id));
    }
}
