package org.influenceatlas.layer;

import java.util.List;
import java.util.function.Function;

/**
 * Something the search box can find: the feature, the names it goes by, the places it is at and
 * the other words that describe it (notes, summaries: "Wagner", "Africa Corps"), plus how to
 * describe its state on a chosen date.
 */
public record SearchCandidate(FeatureSummary feature, List<String> names, List<String> places, List<String> terms,
                              Function<java.time.LocalDate, String> stateOn) {

    public SearchCandidate {
        names = List.copyOf(names);
        places = places.stream().filter(p -> p != null && !p.isBlank()).toList();
        terms = terms.stream().filter(t -> t != null && !t.isBlank()).toList();
    }
}
