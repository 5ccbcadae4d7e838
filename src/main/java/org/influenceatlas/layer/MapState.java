package org.influenceatlas.layer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a map shows: the date, the layers, the selected feature (with its layer), the features
 * drawn emphasised, the view, the organisation whose members are outlined, and whether ended
 * sites and online tiles show. It is the one map state of the atlas: the explorer's URL, a
 * slide, the Markdown {@code map:} line, the exchange JSON, the editor and the map element all
 * carry this type, written and read by the one parser and formatter below, with the limits
 * defined here.
 *
 * <p>Its text form is a set of named values, the same names everywhere:
 * {@code asOf=2020-10-01 layers=corridors,military-presence select=ARM view=41,45,6 org=CSTO
 * highlight=RUS-ARM-01,EV-15 ended=hide tiles=osm grade=C3 below=hide} (the URL joins them with
 * {@code &}, the Markdown line with spaces). {@code ended} and {@code tiles} appear only off their
 * defaults; {@code grade} only when facts below a grade are played down, and {@code below}
 * (faint or hide) only when it hides them.
 */
public record MapState(LocalDate asOf, Set<String> layers, Optional<Selection> selection, Optional<MapView> view,
                       Optional<String> organisation, List<String> highlighted, boolean showEnded, boolean onlineTiles,
                       Optional<GradeFilter> gradeFilter) {

    /** The map's time range: earlier dates could not be shown. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2008, 1, 1);
    /** No map date lies beyond this (a typo such as 20224 would otherwise be stored). */
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    public static final int MAX_HIGHLIGHTED = 50;
    public static final Pattern ORGANISATION = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");
    /** The names of the values, in the order the formatter writes them. */
    public static final List<String> NAMES = List.of("asOf", "layers", "select", "view", "org", "highlight", "ended", "tiles",
            GradeFilter.GRADE, GradeFilter.BELOW);

    public MapState {
        if (asOf == null || asOf.isBefore(FIRST_DAY) || asOf.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException("asOf: " + asOf + " is outside " + FIRST_DAY + " to " + LAST_DAY);
        }
        layers = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(layers));
        highlighted = List.copyOf(highlighted);
        if (highlighted.size() > MAX_HIGHLIGHTED) {
            throw new IllegalArgumentException("highlight: at most " + MAX_HIGHLIGHTED + " features, not " + highlighted.size());
        }
        for (String id : highlighted) {
            if (!Selection.ID.matcher(id).matches()) {
                throw new IllegalArgumentException("highlight: '" + id + "' is not a feature id");
            }
        }
        organisation.ifPresent(o -> {
            if (!ORGANISATION.matcher(o).matches()) {
                throw new IllegalArgumentException("org: '" + o + "' is not an organisation id");
            }
        });
        java.util.Objects.requireNonNull(gradeFilter, "gradeFilter");
    }

    /** A state that plays no fact down by its grade. */
    public MapState(LocalDate asOf, Set<String> layers, Optional<Selection> selection, Optional<MapView> view,
                    Optional<String> organisation, List<String> highlighted, boolean showEnded, boolean onlineTiles) {
        this(asOf, layers, selection, view, organisation, highlighted, showEnded, onlineTiles, Optional.empty());
    }

    /** A state with the default display options and nothing highlighted. */
    public MapState(LocalDate asOf, Set<String> layers, Optional<Selection> selection, Optional<MapView> view,
                    Optional<String> organisation) {
        this(asOf, layers, selection, view, organisation, List.of(), true, false);
    }

    /** The day, every layer, nothing selected. */
    public static MapState initial(LocalDate day, Collection<String> layers) {
        return new MapState(day, Set.copyOf(layers), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A value that could not be used, and why: the field names the value. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    /** A parse: the state and what was wrong with the values it came from. */
    public record Parsed(MapState state, List<Problem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }

        /** The state, or an IllegalArgumentException naming every field that was wrong. */
        public MapState orThrow() {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
            }
            return state;
        }
    }

    /**
     * Reads named values over a starting state: each value that is well-formed replaces the
     * start's, each one that is not is reported and leaves the start's in place, so a broken
     * link still opens and says what was wrong.
     *
     * @param values       the named values (a missing name keeps the start's value)
     * @param start        the state to start from (defaults)
     * @param knownLayers  the layer ids there are
     * @param layerOfBareId the layer of a selected id given without one ({@code select=RUS-SYR-02}
     *                      in a slide); in a URL a bare id is a country
     */
    public static Parsed parse(Map<String, String> values, MapState start, Set<String> knownLayers,
                               Function<String, Optional<String>> layerOfBareId) {
        List<Problem> problems = new ArrayList<>();
        for (String name : values.keySet()) {
            if (!NAMES.contains(name)) {
                problems.add(new Problem(name, "is not a map value; known: " + String.join(", ", NAMES)));
            }
        }
        LocalDate day = start.asOf;
        String asOfText = values.get("asOf");
        if (asOfText != null) {
            try {
                LocalDate parsed = LocalDate.parse(asOfText);
                if (parsed.isBefore(FIRST_DAY) || parsed.isAfter(LAST_DAY)) {
                    problems.add(new Problem("asOf", parsed + " is outside " + FIRST_DAY + " to " + LAST_DAY));
                } else {
                    day = parsed;
                }
            } catch (DateTimeParseException e) {
                problems.add(new Problem("asOf", "'" + shorten(asOfText) + "' is not a date of the form YYYY-MM-DD"));
            }
        }
        Set<String> shown = start.layers;
        String layersText = values.get("layers");
        if (layersText != null) {
            List<String> named = Arrays.stream(layersText.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            List<String> unknown = named.stream().filter(l -> !knownLayers.contains(l)).toList();
            if (!unknown.isEmpty()) {
                problems.add(new Problem("layers", "unknown layer " + unknown.stream().map(MapState::shorten)
                        .collect(Collectors.joining(", ")) + "; known: " + String.join(", ", new TreeSet<>(knownLayers))));
            }
            if (named.size() != new java.util.HashSet<>(named).size()) {
                problems.add(new Problem("layers", "a layer is listed twice"));
            }
            Set<String> known = named.stream().filter(knownLayers::contains).collect(Collectors.toCollection(TreeSet::new));
            // Only unknown names (layers=foo): keep the start's layers rather than hiding them all.
            // An empty value still means every layer was switched off.
            shown = known.isEmpty() && !named.isEmpty() ? start.layers : known;
        }
        Optional<Selection> selection = start.selection;
        String selectText = values.get("select");
        if (selectText != null) {
            selection = selectText.isBlank() ? Optional.empty() : select(selectText.trim(), knownLayers, layerOfBareId);
            if (selection.isEmpty() && !selectText.isBlank()) {
                problems.add(new Problem("select", selectText.contains(":")
                        ? "'" + shorten(selectText) + "' is not a feature of a known layer"
                        : "unknown feature '" + shorten(selectText) + "'"));
                selection = start.selection;
            }
        }
        Optional<MapView> view = start.view;
        String viewText = values.get("view");
        if (viewText != null && !viewText.isBlank()) {
            Optional<MapView> parsed = MapView.parse(viewText);
            if (parsed.isEmpty()) {
                problems.add(new Problem("view", "'" + shorten(viewText) + "' is not latitude,longitude,zoom within -85..85, "
                        + "-180..180 and " + MapView.MIN_ZOOM + ".." + MapView.MAX_ZOOM
                        + ", optionally followed by the bounds south,west,north,east"));
            } else {
                view = parsed;
            }
        }
        Optional<String> organisation = start.organisation;
        String orgText = values.get("org");
        if (orgText != null) {
            String org = orgText.trim().toUpperCase(Locale.ROOT);
            if (org.isEmpty()) {
                organisation = Optional.empty();
            } else if (ORGANISATION.matcher(org).matches()) {
                organisation = Optional.of(org);
            } else {
                problems.add(new Problem("org", "'" + shorten(orgText) + "' is not an organisation id"));
            }
        }
        List<String> highlighted = start.highlighted;
        String highlightText = values.get("highlight");
        if (highlightText != null) {
            List<String> ids = Arrays.stream(highlightText.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            List<String> bad = ids.stream().filter(id -> !Selection.ID.matcher(id).matches()).toList();
            if (!bad.isEmpty()) {
                problems.add(new Problem("highlight", "'" + shorten(bad.get(0)) + "' is not a feature id"));
            } else if (ids.size() > MAX_HIGHLIGHTED) {
                problems.add(new Problem("highlight", "at most " + MAX_HIGHLIGHTED + " features, not " + ids.size()));
            } else {
                highlighted = ids;
            }
        }
        boolean ended = start.showEnded;
        String endedText = values.get("ended");
        if (endedText != null) {
            if (endedText.equals("hide") || endedText.equals("show")) {
                ended = endedText.equals("show");
            } else {
                problems.add(new Problem("ended", "'" + shorten(endedText) + "' is not 'hide' or 'show'"));
            }
        }
        boolean tiles = start.onlineTiles;
        String tilesText = values.get("tiles");
        if (tilesText != null) {
            if (tilesText.equals("osm") || tilesText.equals("none")) {
                tiles = tilesText.equals("osm");
            } else {
                problems.add(new Problem("tiles", "'" + shorten(tilesText) + "' is not 'osm' or 'none'"));
            }
        }
        Optional<GradeFilter> grades = gradeFilter(values, start.gradeFilter, problems);
        return new Parsed(new MapState(day, shown, selection, view, organisation, highlighted, ended, tiles, grades), problems);
    }

    /**
     * {@code grade} (empty: no filter) and {@code below} (faint, the default, or hide). A {@code below}
     * without a grade changes the start's filter only if it has one.
     */
    private static Optional<GradeFilter> gradeFilter(Map<String, String> values, Optional<GradeFilter> start,
                                                     List<Problem> problems) {
        Optional<GradeFilter> filter = start;
        String gradeText = values.get(GradeFilter.GRADE);
        String belowText = values.get(GradeFilter.BELOW);
        GradeFilter.Below below = start.map(GradeFilter::below).orElse(GradeFilter.Below.FAINT);
        if (belowText != null && !belowText.isBlank()) {
            try {
                below = GradeFilter.Below.parse(belowText.trim());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(GradeFilter.BELOW, "'" + shorten(belowText) + "' is not 'faint' or 'hide'"));
            }
        }
        if (gradeText != null) {
            if (gradeText.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new GradeFilter(org.influenceatlas.source.Grade.parse(gradeText), below));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(GradeFilter.GRADE, "'" + shorten(gradeText) + "' is not a grade such as C3 "
                        + "(reliability A-F, credibility 1-6)"));
                return filter;
            }
        }
        GradeFilter.Below chosen = below;
        return filter.map(f -> new GradeFilter(f.threshold(), chosen));
    }

    private static Optional<Selection> select(String text, Set<String> knownLayers, Function<String, Optional<String>> layerOfBareId) {
        if (text.indexOf(':') >= 0) {
            return Selection.parse(text, knownLayers);
        }
        if (!Selection.ID.matcher(text).matches()) {
            return Optional.empty();
        }
        return layerOfBareId.apply(text).filter(knownLayers::contains).flatMap(layer -> {
            // (an id no layer has is reported by the caller as an unknown feature)
            try {
                return Optional.of(new Selection(layer, Card.COUNTRY_LAYER.equals(layer) ? text.toUpperCase(Locale.ROOT) : text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** In a URL a bare selected id is a country. */
    public static Optional<String> bareIdIsCountry(String id) {
        return Optional.of(Card.COUNTRY_LAYER);
    }

    /** Splits the Markdown form ({@code asOf=… view=… layers=…}) into named values; a part without '=' is reported. */
    public static Map<String, String> values(String line, List<Problem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : line.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                problems.add(new Problem("map", "'" + shorten(part) + "' is not name=value"));
            } else if (values.put(part.substring(0, eq), part.substring(eq + 1)) != null) {
                problems.add(new Problem(part.substring(0, eq), "is given twice"));
            }
        }
        return values;
    }

    /** The named values, in a fixed order, leaving out what is empty or at its default. */
    public Map<String, String> toValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("asOf", asOf.toString());
        values.put("layers", String.join(",", layers));
        selection.ifPresent(s -> values.put("select", s.toParameter()));
        view.ifPresent(v -> values.put("view", v.toParameter()));
        organisation.ifPresent(o -> values.put("org", o));
        if (!highlighted.isEmpty()) {
            values.put("highlight", String.join(",", highlighted));
        }
        if (!showEnded) {
            values.put("ended", "hide");
        }
        if (onlineTiles) {
            values.put("tiles", "osm");
        }
        gradeFilter.ifPresent(f -> {
            values.put(GradeFilter.GRADE, f.threshold().toString());
            if (f.below() != GradeFilter.Below.FAINT) {
                values.put(GradeFilter.BELOW, f.below().code());
            }
        });
        return values;
    }

    /** The Markdown form: the values separated by spaces. */
    public String toLine() {
        return toValues().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** The same state with ended sites shown or hidden, and the online tiles on or off. */
    public MapState withOptions(boolean ended, boolean tiles) {
        return new MapState(asOf, layers, selection, view, organisation, highlighted, ended, tiles, gradeFilter);
    }

    public MapState withGradeFilter(Optional<GradeFilter> filter) {
        return new MapState(asOf, layers, selection, view, organisation, highlighted, showEnded, onlineTiles, filter);
    }

    public MapState withSelection(Optional<Selection> newSelection) {
        return new MapState(asOf, layers, newSelection, view, organisation, highlighted, showEnded, onlineTiles, gradeFilter);
    }

    public MapState withView(MapView newView) {
        return new MapState(asOf, layers, selection, Optional.of(newView), organisation, highlighted, showEnded, onlineTiles, gradeFilter);
    }

    public MapState withLayers(Set<String> shown) {
        return new MapState(asOf, shown, selection, view, organisation, highlighted, showEnded, onlineTiles, gradeFilter);
    }

    public MapState withAsOf(LocalDate day) {
        return new MapState(day, layers, selection, view, organisation, highlighted, showEnded, onlineTiles, gradeFilter);
    }

    public MapState withOrganisation(Optional<String> org) {
        return new MapState(asOf, layers, selection, view, org, highlighted, showEnded, onlineTiles, gradeFilter);
    }

    /** Whether the feature is drawn emphasised: selected or highlighted. */
    public boolean emphasises(String id) {
        return selection.map(Selection::id).filter(id::equals).isPresent() || highlighted.contains(id);
    }

    private static String shorten(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
