package org.influenceatlas.browser;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.map.GeometryEditor;

import java.util.List;
import java.util.Optional;

/**
 * A page for GeometryEditorIT only (test sources, never in the jar): a point editor and a route
 * editor, each printing what the server last heard from it, so the test checks the server's
 * side of every click, drag and removal. The route is a made-up test line, not a dataset fact.
 */
@Route("test/geometry-editor")
@PageTitle("Geometry editor test")
@AnonymousAllowed
public class GeometryEditorTestView extends Main {

    static final List<GeoPoint> TEST_ROUTE = List.of(new GeoPoint(41.7, 44.8), new GeoPoint(40.2, 44.5),
            new GeoPoint(39.9, 41.3));

    public GeometryEditorTestView() {
        GeometryEditor point = GeometryEditor.point();
        point.setId("point-editor");
        point.setHeight("300px");
        point.setContextLayer("military-presence", Optional.empty());
        Span heardPoint = heard("point-heard");
        point.addPointChangeListener(e -> heardPoint.setText(e.change() + " " + format(List.of(e.point()))));
        point.fitTo(38, 40, 44, 50);

        GeometryEditor route = GeometryEditor.route();
        route.setId("route-editor");
        route.setHeight("300px");
        route.setWaypoints(TEST_ROUTE);
        route.setWaypointNames(List.of("First", "Second", "Third"));
        route.setContextLayer("corridors", Optional.empty());
        Span heardRoute = heard("route-heard");
        route.addWaypointsChangeListener(e -> heardRoute.setText(e.change() + " " + e.index() + " " + format(e.waypoints())));

        add(new H2("Point"), point, new Div(heardPoint), new H2("Route"), route, new Div(heardRoute));
        getStyle().set("display", "block").set("padding", "0 16px");
    }

    private static Span heard(String id) {
        Span span = new Span("nothing yet");
        span.setId(id);
        return span;
    }

    /** "41.7000,44.8000 40.2000,44.5000": what the server holds, four decimals (the test compares it). */
    private static String format(List<GeoPoint> points) {
        return String.join(" ", points.stream()
                .map(p -> String.format(java.util.Locale.ROOT, "%.4f,%.4f", p.latitude(), p.longitude())).toList());
    }
}
