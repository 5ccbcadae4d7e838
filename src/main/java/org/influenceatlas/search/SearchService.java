package org.influenceatlas.search;

import org.influenceatlas.layer.Layer;
import org.influenceatlas.layer.LayerRegistry;
import org.influenceatlas.layer.Periods;
import org.influenceatlas.layer.SearchCandidate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds features by name, alternative name, place or the words of their notes, in every
 * registered layer. Matching ignores case and accents, so 'gyumri' and 'Türkiye'/'turkiye' match.
 * Name hits rank before place hits, and place hits before note hits.
 */
@Service
public class SearchService {

    public static final int MIN_QUERY = 2;
    public static final int MAX_HITS = 50;
    private static final List<String> RANK = List.of("name", "place", "note");

    private final LayerRegistry layers;

    SearchService(LayerRegistry layers) {
        this.layers = layers;
    }

    /** Hits for a query of at least {@link #MIN_QUERY} characters, best matches first; at most {@link #MAX_HITS}. */
    @Transactional(readOnly = true)
    public List<Hit> search(String query) {
        return search(query, Optional.empty());
    }

    /** The same, with each hit's state on that day. */
    @Transactional(readOnly = true)
    public List<Hit> search(String query, Optional<LocalDate> day) {
        if (query == null || query.trim().length() < MIN_QUERY) {
            throw new IllegalArgumentException("needs at least " + MIN_QUERY + " characters");
        }
        String needle = fold(query.trim());
        List<Hit> hits = new ArrayList<>();
        for (Layer layer : layers.all()) {
            for (SearchCandidate c : layer.searchCandidates()) {
                matched(c, needle).ifPresent(how -> hits.add(new Hit(layer.id(), layer.title(), c.feature().id(),
                        c.feature().name(), c.feature().kind(), Periods.text(c.feature().period()),
                        day.map(c.stateOn()).orElse(null), how)));
            }
        }
        hits.sort(Comparator.comparing((Hit h) -> RANK.indexOf(h.matched())).thenComparing(Hit::name));
        return hits.stream().limit(MAX_HITS).toList();
    }

    private static Optional<String> matched(SearchCandidate c, String needle) {
        if (c.names().stream().anyMatch(n -> fold(n).contains(needle))) {
            return Optional.of("name");
        }
        if (c.places().stream().anyMatch(p -> fold(p).contains(needle))) {
            return Optional.of("place");
        }
        if (c.terms().stream().anyMatch(t -> fold(t).contains(needle))) {
            return Optional.of("note");
        }
        return Optional.empty();
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
