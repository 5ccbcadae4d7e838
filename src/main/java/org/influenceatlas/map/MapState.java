package org.influenceatlas.map;

import com.vaadin.flow.router.QueryParameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the user is looking at, in the form the URL carries it:
 * {@code ?asOf=2020-10-01&layers=military-presence,corridors&select=ARM&view=41,45,6&org=CSTO},
 * plus {@code ended=hide} when ended sites are hidden and {@code tiles=osm} when the online tile
 * layer is on (both off the defaults only, so ordinary links stay short).
 * Every screen state is a permalink; unknown or malformed values fall back to the defaults
 * rather than failing, because a shared link should still open.
 */
public record MapState(LocalDate asOf, Set<MapLayer> layers, Optional<Selection> selection, Optional<MapView> view,
                       Optional<String> organisation, boolean showEnded, boolean onlineTiles) {

    public static final LocalDate FIRST_DAY = LocalDate.of(2008, 1, 1);
    private static final Pattern ORGANISATION = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");

    public MapState {
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        if (asOf.isBefore(FIRST_DAY)) {
            asOf = FIRST_DAY;
        } else if (asOf.isAfter(LocalDate.now())) {
            asOf = LocalDate.now(); // the slider ends today: a link to a later day shows today
        }
    }

    /** A state with the default options: ended sites shown, no online tiles (a briefing slide's map). */
    public MapState(LocalDate asOf, Set<MapLayer> layers, Optional<Selection> selection, Optional<MapView> view,
                    Optional<String> organisation) {
        this(asOf, layers, selection, view, organisation, true, false);
    }

    /** Today, every layer, nothing selected. */
    public static MapState initial() {
        return new MapState(LocalDate.now(), EnumSet.allOf(MapLayer.class), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static MapState from(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        MapState state = initial().withQuery(first(params, "asOf"), first(params, "layers"), first(params, "org"));
        return new MapState(state.asOf, state.layers, Selection.parse(first(params, "select")),
                MapView.parse(first(params, "view")), state.organisation,
                !"hide".equals(first(params, "ended")), "osm".equals(first(params, "tiles")));
    }

    /** The same state with the values the browser reports; values that do not parse are ignored. */
    public MapState withQuery(String asOfText, String layersText, String organisationText) {
        LocalDate day = asOf;
        if (asOfText != null && !asOfText.isBlank()) {
            try {
                day = LocalDate.parse(asOfText);
            } catch (DateTimeParseException ignored) {
                // keep the current date: a broken link still opens
            }
        }
        Set<MapLayer> shown = layersText == null ? layers : Arrays.stream(layersText.split(","))
                .map(String::trim).map(MapLayer::byId).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MapLayer.class)));
        if (shown.isEmpty() && layersText != null && !layersText.isBlank()) {
            // Only unknown names (layers=foo): a broken link keeps the layers rather than hiding them all.
            // An empty value still means the user switched every layer off.
            shown = layers;
        }
        Optional<String> org = organisationText == null ? organisation
                : Optional.of(organisationText.trim().toUpperCase(java.util.Locale.ROOT)).filter(o -> ORGANISATION.matcher(o).matches());
        return new MapState(day, shown, selection, view, org, showEnded, onlineTiles);
    }

    /** The same state with ended sites shown or hidden, and the online tiles on or off. */
    public MapState withOptions(boolean ended, boolean tiles) {
        return new MapState(asOf, layers, selection, view, organisation, ended, tiles);
    }

    public MapState withSelection(Optional<Selection> newSelection) {
        return new MapState(asOf, layers, newSelection, view, organisation, showEnded, onlineTiles);
    }

    public MapState withView(MapView newView) {
        return new MapState(asOf, layers, selection, Optional.of(newView), organisation, showEnded, onlineTiles);
    }

    public MapState withLayers(Set<MapLayer> shown) {
        return new MapState(asOf, shown, selection, view, organisation, showEnded, onlineTiles);
    }

    public MapState withAsOf(LocalDate day) {
        return new MapState(day, layers, selection, view, organisation, showEnded, onlineTiles);
    }

    public QueryParameters toQuery() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("asOf", asOf.toString());
        params.put("layers", layers.stream().sorted().map(MapLayer::id).collect(Collectors.joining(",")));
        selection.ifPresent(s -> params.put("select", s.toParameter()));
        view.ifPresent(v -> params.put("view", v.toParameter()));
        organisation.ifPresent(o -> params.put("org", o));
        if (!showEnded) {
            params.put("ended", "hide");
        }
        if (onlineTiles) {
            params.put("tiles", "osm");
        }
        return QueryParameters.simple(params);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
