package org.influenceatlas.map.ui;

import org.influenceatlas.layer.Card;
import org.influenceatlas.layer.Layer;
import org.influenceatlas.layer.LayerRegistry;
import org.influenceatlas.layer.Selection;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The side panel's content for a selection on a date: the card of the layer that owns the
 * feature; for a country, every layer adds its part of the profile.
 */
@org.springframework.stereotype.Component
class Details {

    private final LayerRegistry layers;
    private final SourceService sources;

    Details(LayerRegistry layers, SourceService sources) {
        this.layers = layers;
        this.sources = sources;
    }

    Optional<Card> card(Selection selection, LocalDate day) {
        Optional<Layer> owner = layers.find(selection.layer());
        Optional<Card> card = owner.flatMap(l -> l.card(selection.id(), day));
        return card.map(c -> owner.get().countryOf(selection.id()).map(country -> {
            List<Card.Section> sections = new ArrayList<>(c.sections());
            layers.all().forEach(l -> sections.addAll(l.profileSections(country, day)));
            return new Card(c.title(), c.facts(), sections, c.citations());
        }).orElse(c));
    }

    /** The country the selection is, when it is one. */
    Optional<org.influenceatlas.base.CountryCode> countryOf(Selection selection) {
        return layers.find(selection.layer()).flatMap(l -> l.countryOf(selection.id()));
    }

    Map<String, Source> catalogue() {
        return sources.catalogue();
    }
}
