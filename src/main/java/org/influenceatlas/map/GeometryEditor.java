package org.influenceatlas.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import org.influenceatlas.base.GeoPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The curators' map for a fact's geometry: a point to place (a site, an event) or a route to
 * draw (a corridor segment's waypoints), on the same offline base map as the explorer
 * ({@code frontend/atlas/geometry-editor.ts}, element {@code <atlas-geometry-editor>}).
 * <p>
 * Point mode: a click on the map places the point, dragging moves it, the arrow keys move it
 * when it has the focus. Route mode: the waypoints are draggable vertices of a line; a click on
 * the line inserts one there, a click elsewhere adds one at the end, a vertex's popup button or
 * the Delete key on a focused vertex removes it. Each change reaches the listeners as the new
 * geometry. Only coordinates cross the UI channel; the base map and the context layer come
 * over the HTTP API.
 * <p>
 * The Leaflet packages are declared once, on {@link AtlasMap}, for the whole front-end bundle.
 */
@Tag("atlas-geometry-editor")
@JsModule("./atlas/geometry-editor.ts")
public class GeometryEditor extends Component implements HasSize {

    private static final Logger LOG = LoggerFactory.getLogger(GeometryEditor.class);

    /** The most waypoints a route may have (the browser stops adding at the same number). */
    public static final int MAX_POINTS = 500;
    /** "-89.12345,-179.12345;" is 22 characters: an answer longer than this is not a geometry. */
    private static final int MAX_TEXT = MAX_POINTS * 24;

    public enum Mode { POINT, ROUTE }

    /** What the user did to the route (or the point), as the browser reports it. */
    public enum Change {
        /** The point was placed by a click (or Enter on the map). */
        PLACE,
        /** A point or waypoint was dragged or moved with the arrow keys. */
        MOVE,
        /** A waypoint was inserted on the line, at the event's index. */
        INSERT,
        /** A waypoint was added at the end by a click on the map. */
        ADD,
        /** The waypoint at the event's index was removed. */
        REMOVE
    }

    private final Mode mode;
    private List<GeoPoint> points = List.of();
    private boolean readOnly;

    public GeometryEditor(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode is missing");
        getElement().setProperty("mode", mode == Mode.ROUTE ? "route" : "point");
        // The browser's value comes back into the property without being sent out again, so the
        // server knows what the element shows and a later setPoint of an earlier value reaches it.
        getElement().addPropertyChangeListener("points", "points-change", event -> { });
        getElement().addEventListener("points-change", this::onBrowserChange)
                .addEventData("event.detail.points")
                .addEventData("event.detail.change")
                .addEventData("event.detail.index");
    }

    /** An editor for one point (a site's or an event's location). */
    public static GeometryEditor point() {
        return new GeometryEditor(Mode.POINT);
    }

    /** An editor for a route (a corridor segment's waypoints). */
    public static GeometryEditor route() {
        return new GeometryEditor(Mode.ROUTE);
    }

    public Mode getMode() {
        return mode;
    }

    /** Shows this point (point mode); empty shows none, and the next click places one. */
    public void setPoint(Optional<GeoPoint> point) {
        requireMode(Mode.POINT, "setPoint");
        show(point.map(List::of).orElse(List.of()));
    }

    public void setPoint(GeoPoint point) {
        setPoint(Optional.of(Objects.requireNonNull(point, "point is missing")));
    }

    /** The point shown now, with the user's changes. */
    public Optional<GeoPoint> getPoint() {
        requireMode(Mode.POINT, "getPoint");
        return points.stream().findFirst();
    }

    /** Shows this route (route mode), in order. */
    public void setWaypoints(List<GeoPoint> waypoints) {
        requireMode(Mode.ROUTE, "setWaypoints");
        if (waypoints.size() > MAX_POINTS) {
            throw new IllegalArgumentException("waypoints: " + waypoints.size() + " is more than " + MAX_POINTS);
        }
        show(waypoints);
    }

    /** The route shown now, with the user's changes. */
    public List<GeoPoint> getWaypoints() {
        requireMode(Mode.ROUTE, "getWaypoints");
        return points;
    }

    /**
     * The waypoints' names (their towns), in the waypoints' order, for their titles and popups;
     * the browser keeps them in step with inserts and removals until the next call.
     */
    public void setWaypointNames(List<String> names) {
        JsonArray array = Json.createArray();
        for (int i = 0; i < Math.min(names.size(), MAX_POINTS); i++) {
            array.set(i, Objects.toString(names.get(i), ""));
        }
        getElement().setPropertyJson("names", array);
    }

    /** Read-only: the geometry is shown but cannot be changed (a reader's view of a proposal, say). */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        getElement().setProperty("readonly", readOnly);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Shows another layer's features faintly under the edited geometry (other sites, other
     * corridors), leaving out the feature being edited; the browser fetches the layer itself.
     */
    public void setContextLayer(String layerId, Optional<String> editedFeatureId) {
        getElement().setProperty("contextExcept", editedFeatureId.orElse(""));
        getElement().setProperty("context", Objects.requireNonNull(layerId, "layer id is missing"));
    }

    /** Shows this area, whatever the editor's size. */
    public void fitTo(double south, double west, double north, double east) {
        getElement().callJsFunction("fitTo", south, west, north, east);
    }

    /** Shows these points (the bounding box around them). */
    public void fitTo(Collection<GeoPoint> area) {
        if (area.isEmpty()) {
            return;
        }
        double south = 90;
        double west = 180;
        double north = -90;
        double east = -180;
        for (GeoPoint p : area) {
            south = Math.min(south, p.latitude());
            north = Math.max(north, p.latitude());
            west = Math.min(west, p.longitude());
            east = Math.max(east, p.longitude());
        }
        fitTo(south, west, north, east);
    }

    /**
     * Shows the point or the whole route. The editor does this by itself the first time it has
     * a geometry; after that it never moves the map on its own (the curator's view stays).
     */
    public void fitToGeometry() {
        getElement().callJsFunction("fitToPoints");
    }

    public Registration addPointChangeListener(ComponentEventListener<PointChangeEvent> listener) {
        return addListener(PointChangeEvent.class, listener);
    }

    public Registration addWaypointsChangeListener(ComponentEventListener<WaypointsChangeEvent> listener) {
        return addListener(WaypointsChangeEvent.class, listener);
    }

    private void show(List<GeoPoint> shown) {
        points = List.copyOf(shown);
        getElement().setProperty("points", encode(points));
    }

    private void requireMode(Mode wanted, String method) {
        if (mode != wanted) {
            throw new IllegalStateException(method + " needs a " + wanted + " editor; this one edits a " + mode);
        }
    }

    private void onBrowserChange(DomEvent event) {
        var data = event.getEventData();
        String text = data.hasKey("event.detail.points") ? data.getString("event.detail.points") : null;
        List<GeoPoint> changed;
        Change change;
        try {
            if (readOnly) {
                throw new IllegalArgumentException("the editor is read-only");
            }
            changed = decode(text);
            if (mode == Mode.POINT && changed.size() != 1) {
                throw new IllegalArgumentException("a point editor needs exactly one point, got " + changed.size());
            }
            change = Change.valueOf(data.getString("event.detail.change").toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            // A forged or broken answer: the element is set back to the server's geometry.
            LOG.warn("geometry editor: browser change refused ({})", e.getMessage());
            getElement().setProperty("points", encode(points));
            return;
        }
        int index = (int) Math.max(0, Math.min(MAX_POINTS, data.getNumber("event.detail.index")));
        points = changed;
        if (mode == Mode.POINT) {
            fireEvent(new PointChangeEvent(this, true, changed.get(0), change));
        } else {
            fireEvent(new WaypointsChangeEvent(this, true, changed, change, index));
        }
    }

    /** "41.71510,44.82710;40.18720,44.51520": the element's points property and its event's value. */
    static String encode(List<GeoPoint> points) {
        List<String> pairs = new ArrayList<>();
        for (GeoPoint p : points) {
            pairs.add(String.format(Locale.ROOT, "%.5f,%.5f", p.latitude(), p.longitude()));
        }
        return String.join(";", pairs);
    }

    /** The browser's points, each checked as a GeoPoint; refuses more than MAX_POINTS. */
    static List<GeoPoint> decode(String text) {
        if (text == null) {
            throw new IllegalArgumentException("points are missing");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("points: " + text.length() + " characters is more than " + MAX_TEXT);
        }
        List<GeoPoint> points = new ArrayList<>();
        if (text.isBlank()) {
            return points;
        }
        for (String pair : text.split(";", -1)) {
            String[] parts = pair.split(",", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("points: '" + pair + "' is not latitude,longitude");
            }
            try {
                points.add(new GeoPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("points: '" + pair + "' is not a pair of numbers");
            }
        }
        if (points.size() > MAX_POINTS) {
            throw new IllegalArgumentException("points: " + points.size() + " is more than " + MAX_POINTS);
        }
        return List.copyOf(points);
    }

    /** The point was placed or moved in the browser. */
    public static class PointChangeEvent extends ComponentEvent<GeometryEditor> {
        private final GeoPoint point;
        private final Change change;

        public PointChangeEvent(GeometryEditor source, boolean fromClient, GeoPoint point, Change change) {
            super(source, fromClient);
            this.point = point;
            this.change = change;
        }

        public GeoPoint point() {
            return point;
        }

        /** PLACE (a click) or MOVE (a drag or the arrow keys). */
        public Change change() {
            return change;
        }
    }

    /** The route was changed in the browser: its whole new list of waypoints, and what was done. */
    public static class WaypointsChangeEvent extends ComponentEvent<GeometryEditor> {
        private final List<GeoPoint> waypoints;
        private final Change change;
        private final int index;

        public WaypointsChangeEvent(GeometryEditor source, boolean fromClient, List<GeoPoint> waypoints, Change change,
                                    int index) {
            super(source, fromClient);
            this.waypoints = waypoints;
            this.change = change;
            this.index = index;
        }

        public List<GeoPoint> waypoints() {
            return waypoints;
        }

        public Change change() {
            return change;
        }

        /** The waypoint moved, inserted, added or removed (its index before a removal). */
        public int index() {
            return index;
        }
    }
}
