package org.influenceatlas.search;

import org.influenceatlas.base.Cached;
import org.influenceatlas.base.ChangeNotifier;
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
import java.util.regex.Pattern;

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

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /**
     * Every candidate with its words already folded, kept until the next revision: folding every
     * name, place and note of every layer again for each query was most of a search's cost under
     * load (issue 14's load test).
     */
    private final Cached<List<Folded>> candidates;

    /** A candidate of a layer, with its names, places and terms folded as queries are. */
    private record Folded(Layer layer, SearchCandidate candidate, List<String> names, List<String> places, List<String> terms) {
    }

    SearchService(LayerRegistry layers, ChangeNotifier notifier) {
        this.candidates = new Cached<>(notifier, known -> layers.all().stream()
                .flatMap(layer -> layer.searchCandidates().stream().map(c -> new Folded(layer, c, folded(c.names()),
                        folded(c.places()), folded(c.terms()))))
                .toList());
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
        for (Folded f : candidates.get()) {
            SearchCandidate c = f.candidate();
            matched(f, needle).ifPresent(how -> hits.add(new Hit(f.layer().id(), f.layer().title(), c.feature().id(),
                    c.feature().name(), c.feature().kind(), Periods.text(c.feature().period()),
                    day.map(c.stateOn()).orElse(null), how)));
        }
        hits.sort(Comparator.comparing((Hit h) -> RANK.indexOf(h.matched())).thenComparing(Hit::name));
        return hits.stream().limit(MAX_HITS).toList();
    }

    private static Optional<String> matched(Folded f, String needle) {
        if (f.names().stream().anyMatch(n -> n.contains(needle))) {
            return Optional.of("name");
        }
        if (f.places().stream().anyMatch(p -> p.contains(needle))) {
            return Optional.of("place");
        }
        if (f.terms().stream().anyMatch(t -> t.contains(needle))) {
            return Optional.of("note");
        }
        return Optional.empty();
    }

    private static List<String> folded(List<String> texts) {
        return texts.stream().map(SearchService::fold).toList();
    }

    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
