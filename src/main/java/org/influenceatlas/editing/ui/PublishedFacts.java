package org.influenceatlas.editing.ui;

import org.influenceatlas.alignment.Alignment;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The published version of a fact, by type and id: what a form loads and what its save is based on. */
@Component
class PublishedFacts {

    final PresenceService presences;
    final CorridorService corridors;
    final AlignmentService alignments;
    final EventService events;
    final CountryService countries;
    final SourceService sources;

    PublishedFacts(PresenceService presences, CorridorService corridors, AlignmentService alignments, EventService events,
                   CountryService countries, SourceService sources) {
        this.presences = presences;
        this.corridors = corridors;
        this.alignments = alignments;
        this.events = events;
        this.countries = countries;
        this.sources = sources;
    }

    Optional<?> find(FactType type, String id) {
        return switch (type) {
            case PRESENCE -> presences.find(id);
            case CORRIDOR -> corridors.find(id);
            case ORGANISATION -> alignments.organisations().stream().filter(o -> o.id().equals(id)).findFirst();
            case MEMBERSHIP -> alignments.all().stream().flatMap(a -> a.memberships().stream()).filter(m -> m.id().equals(id)).findFirst();
            case STANCE -> alignments.all().stream().flatMap(a -> a.stances().stream()).filter(s -> s.id().equals(id)).findFirst();
            case EVENT -> events.find(id);
            case COUNTRY -> id.matches("[A-Z]{3}") ? countries.find(CountryCode.of(id)) : Optional.empty();
            case SOURCE -> sources.find(id);
        };
    }

    /** Every published fact of the type, in the services' order. */
    List<?> all(FactType type) {
        return switch (type) {
            case PRESENCE -> presences.all();
            case CORRIDOR -> corridors.all();
            case ORGANISATION -> alignments.organisations();
            case MEMBERSHIP -> alignments.all().stream().flatMap(a -> a.memberships().stream()).toList();
            case STANCE -> alignments.all().stream().flatMap(a -> a.stances().stream()).toList();
            case EVENT -> events.all();
            case COUNTRY -> countries.all();
            case SOURCE -> sources.all();
        };
    }

    /** The memberships and stances of a country, for the links from its details. */
    Optional<Alignment> alignmentOf(CountryCode country) {
        return alignments.all().stream().filter(a -> a.country().equals(country)).findFirst();
    }
}
