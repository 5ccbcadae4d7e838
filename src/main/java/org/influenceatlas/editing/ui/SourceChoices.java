package org.influenceatlas.editing.ui;

import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sources a citation may name: the published catalogue, plus the new sources this editing
 * session has proposed (a citation may name a source that waits for review with it).
 */
final class SourceChoices {

    /** A filter longer than any title is cut, not refused: the combo box sends what was typed. */
    private static final int MAX_FILTER = 200;

    private final SourceService sources;
    private final List<Source> proposed = new ArrayList<>();
    /** The catalogue as the form opened: one read for the whole form, not one per citation. */
    private java.util.Map<String, Source> catalogue;

    SourceChoices(SourceService sources) {
        this.sources = sources;
    }

    /** Sources whose title, publisher or id contains the text, by title. */
    Stream<Source> matching(String filter, int offset, int limit) {
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        String cut = needle.length() > MAX_FILTER ? needle.substring(0, MAX_FILTER) : needle;
        return Stream.concat(proposed.stream(), catalogue().values().stream())
                .filter(s -> cut.isEmpty() || contains(s.title(), cut) || contains(s.publisher(), cut) || contains(s.id(), cut))
                .sorted(Comparator.comparing((Source s) -> s.title().toLowerCase(Locale.ROOT)).thenComparing(Source::id))
                .skip(offset)
                .limit(limit);
    }

    Optional<Source> find(String id) {
        return proposed.stream().filter(s -> s.id().equals(id)).findFirst().or(() -> Optional.ofNullable(catalogue().get(id)));
    }

    private java.util.Map<String, Source> catalogue() {
        if (catalogue == null) {
            catalogue = sources.catalogue();
        }
        return catalogue;
    }

    void addProposed(Source source) {
        proposed.removeIf(s -> s.id().equals(source.id()));
        proposed.add(0, source);
    }

    boolean exists(String id) {
        return find(id).isPresent();
    }

    static String label(Source s) {
        String grade = s.reliability() == null ? "ungraded" : s.reliability().code();
        return s.title() + (s.publisher() == null ? "" : " · " + s.publisher()) + " [" + grade + "] (" + s.id() + ")";
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
