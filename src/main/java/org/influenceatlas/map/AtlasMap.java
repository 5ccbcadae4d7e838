package org.influenceatlas.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.MapView;
import org.influenceatlas.layer.Selection;

import java.time.LocalDate;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Leaflet map as a Vaadin component. The browser element loads layer data from the HTTP
 * API itself; this class only sends what the user chose (date, layers, selection, view) and
 * hears back what the user did, as typed events. Only ids cross the wire.
 */
@Tag("atlas-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "@types/leaflet", version = "1.9.20")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@NpmPackage(value = "@types/leaflet.markercluster", version = "1.5.6")
// The timeline's stacked chart (frontend/atlas/timeline.ts), loaded after the map has drawn.
@NpmPackage(value = "uplot", version = "1.6.32")
@JsModule("./atlas/atlas-map.ts")
public class AtlasMap extends Component {

    /** What the user can change in the browser, with the map's own controls. */
    static final List<String> BROWSER_CHANGED = List.of("asOf", "layers", "organisation", "showEnded", "onlineTiles",
            "grade", "below");

    public AtlasMap() {
        // The browser's changes come back into these properties (without being sent back out), so
        // that the server knows what the element shows: a later state with the earlier values,
        // on back or forward, is then a change that reaches the browser, not one Vaadin skips.
        for (String property : BROWSER_CHANGED) {
            getElement().addPropertyChangeListener(property, "state-change", event -> { }).debounce(250);
        }
    }

    /** Applies a whole state: the element redraws what changed, in the browser. */
    public void setState(MapState state) {
        properties(state).forEach((name, value) -> {
            if (value instanceof Boolean on) {
                getElement().setProperty(name, on);
            } else {
                getElement().setProperty(name, (String) value);
            }
        });
        state.view().ifPresent(this::setView);
    }

    /**
     * The element's properties for a state. The explorer's page also carries them (with the
     * view) so that the browser can draw the map before this component exists: map-preview.ts.
     */
    public static Map<String, Object> properties(MapState state) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("asOf", state.asOf().toString());
        properties.put("layers", String.join(",", state.layers()));
        properties.put("organisation", state.organisation().orElse(""));
        properties.put("selected", state.selection().map(Selection::key).orElse(""));
        properties.put("highlight", String.join(",", state.highlighted()));
        properties.put("showEnded", state.showEnded());
        properties.put("onlineTiles", state.onlineTiles());
        // Facts whose confidence is below this grade are drawn faint or hidden ("" = none).
        properties.put("grade", state.gradeFilter().map(f -> f.threshold().toString()).orElse(""));
        properties.put("below", state.gradeFilter().map(f -> f.below().code()).orElse("faint"));
        return properties;
    }

    public void setDate(LocalDate day) {
        getElement().setProperty("asOf", day.toString());
    }

    public void showLayers(Set<String> layers) {
        getElement().setProperty("layers", String.join(",", new TreeSet<>(layers)));
    }

    /** Shows this layer as well as those shown now. */
    public void showLayer(String layer) {
        Set<String> layers = layers();
        layers.add(layer);
        showLayers(layers);
    }

    public void hideLayer(String layer) {
        Set<String> layers = layers();
        layers.remove(layer);
        showLayers(layers);
    }

    /** The layers shown now, including the user's changes in the browser. */
    public Set<String> layers() {
        Set<String> layers = new TreeSet<>();
        for (String id : getElement().getProperty("layers", "").split(",")) {
            if (!id.isBlank()) {
                layers.add(id);
            }
        }
        return layers;
    }

    /** The date shown now, including the user's changes in the browser. */
    public LocalDate date() {
        return LocalDate.parse(getElement().getProperty("asOf"));
    }

    public void select(Optional<Selection> selection) {
        getElement().setProperty("selected", selection.map(Selection::key).orElse(""));
    }

    /** Draws these features emphasised, whichever layer they are in. */
    public void highlight(java.util.Collection<String> ids) {
        getElement().setProperty("highlight", String.join(",", ids));
    }

    /** Presentation mode: the map alone, with no controls, and no keyboard panning. */
    /**
     * Pins every fetch the map makes to what the atlas said at that instant ({@code knownOn}), as a
     * pinned briefing needs; empty fetches the latest data.
     */
    public void setKnownOn(Optional<java.time.Instant> instant) {
        getElement().setProperty("knownOn", instant.map(java.time.Instant::toString).orElse(""));
    }

    public void setPresentation(boolean presenting) {
        getElement().setProperty("presentation", presenting);
    }

    /** Shows the view: its bounds fitted into the screen where it has them, else its centre and zoom. */
    public void setView(MapView view) {
        view.bounds().ifPresentOrElse(
                b -> getElement().callJsFunction("fitView", b.south(), b.west(), b.north(), b.east(), false),
                () -> getElement().callJsFunction("setView", view.latitude(), view.longitude(), view.zoom()));
    }

    public void flyTo(MapView view) {
        view.bounds().ifPresentOrElse(
                b -> getElement().callJsFunction("fitView", b.south(), b.west(), b.north(), b.east(), true),
                () -> getElement().callJsFunction("flyTo", view.latitude(), view.longitude(), view.zoom()));
    }

    /** Flies to the feature's own geometry, which the element already has. */
    public void flyToFeature(Selection selection) {
        getElement().callJsFunction("flyToFeature", selection.layer(), selection.id());
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    public Registration addViewChangeListener(ComponentEventListener<ViewChangeEvent> listener) {
        return addListener(ViewChangeEvent.class, listener);
    }

    public Registration addStateChangeListener(ComponentEventListener<StateChangeEvent> listener) {
        return addListener(StateChangeEvent.class, listener);
    }

    /** A feature or country was clicked on the map. */
    @DomEvent("feature-click")
    public static class FeatureClickEvent extends ComponentEvent<AtlasMap> {
        private final Optional<Selection> selection;

        public FeatureClickEvent(AtlasMap source, boolean fromClient,
                                 @EventData("event.detail.layer") String layer, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            Optional<Selection> chosen;
            try {
                chosen = Optional.of(new Selection(layer, id));
            } catch (IllegalArgumentException e) {
                chosen = Optional.empty();
            }
            this.selection = chosen;
        }

        public Optional<Selection> selection() {
            return selection;
        }
    }

    /** The user panned or zoomed. */
    @DomEvent("view-change")
    public static class ViewChangeEvent extends ComponentEvent<AtlasMap> {
        private final MapView view;

        public ViewChangeEvent(AtlasMap source, boolean fromClient, @EventData("event.detail.lat") double lat,
                               @EventData("event.detail.lon") double lon, @EventData("event.detail.zoom") int zoom,
                               @EventData("event.detail.south") double south, @EventData("event.detail.west") double west,
                               @EventData("event.detail.north") double north, @EventData("event.detail.east") double east) {
            super(source, fromClient);
            // The area on screen goes with the view, so a slide captured from it fits any screen.
            this.view = MapView.clamped(lat, lon, zoom).withBounds(south, west, north, east);
        }

        public MapView view() {
            return view;
        }
    }

    /** The user moved the date, toggled a layer or an option, or chose an organisation, in the browser. */
    @DomEvent(value = "state-change", debounce = @com.vaadin.flow.component.DebounceSettings(
            timeout = 250, phases = com.vaadin.flow.dom.DebouncePhase.TRAILING))
    public static class StateChangeEvent extends ComponentEvent<AtlasMap> {
        private final String asOf;
        private final String layers;
        private final String organisation;
        private final boolean showEnded;
        private final boolean onlineTiles;
        private final String grade;
        private final String below;

        public StateChangeEvent(AtlasMap source, boolean fromClient, @EventData("event.detail.asOf") String asOf,
                                @EventData("event.detail.layers") String layers,
                                @EventData("event.detail.organisation") String organisation,
                                @EventData("event.detail.showEnded") boolean showEnded,
                                @EventData("event.detail.onlineTiles") boolean onlineTiles,
                                @EventData("event.detail.grade") String grade,
                                @EventData("event.detail.below") String below) {
            super(source, fromClient);
            this.grade = grade;
            this.below = below;
            this.asOf = asOf;
            this.layers = layers;
            this.organisation = organisation;
            this.showEnded = showEnded;
            this.onlineTiles = onlineTiles;
        }

        /** Applies the browser's choices to a state, ignoring values that do not parse. */
        public MapState applyTo(MapState state, Set<String> knownLayers) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("asOf", asOf);
            values.put("layers", layers == null ? "" : layers);
            values.put("org", organisation == null ? "" : organisation);
            // An element that does not send the grade filter (null) leaves the state's as it is.
            if (grade != null) {
                values.put("grade", grade);
            }
            if (below != null && !below.isBlank()) {
                values.put("below", below);
            }
            return MapState.parse(values, state, knownLayers, MapState::bareIdIsCountry).state().withOptions(showEnded, onlineTiles);
        }
    }
}
