package org.influenceatlas.map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.JsonCodec;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.map.GeometryEditor.Change;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeometryEditorTest {

    private static final GeoPoint TBILISI = new GeoPoint(41.7151, 44.8271);
    private static final GeoPoint YEREVAN = new GeoPoint(40.1872, 44.5152);
    private static final GeoPoint KARS = new GeoPoint(40.6013, 43.0975);

    @BeforeEach
    void mockUi() {
        MockVaadin.setup(new Routes());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static GeometryEditor attached(GeometryEditor editor) {
        UI.getCurrent().add(editor);
        pendingCalls();
        return editor;
    }

    /** The JavaScript calls the next response would carry, as "expression | parameters", taken off the queue. */
    private static List<String> pendingCalls() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<String> calls = new ArrayList<>();
        for (PendingJavaScriptInvocation invocation : ui.getInternals().dumpPendingJavaScriptInvocations()) {
            List<String> parameters = new ArrayList<>();
            for (Object p : invocation.getInvocation().getParameters()) {
                parameters.add(p instanceof com.vaadin.flow.dom.Element e ? "<" + e.getTag() + ">"
                        : JsonCodec.encodeWithoutTypeInfo(p).toJson());
            }
            calls.add(invocation.getInvocation().getExpression() + " | " + String.join(",", parameters));
        }
        return calls;
    }

    private static JsonObject change(String points, String change, int index) {
        JsonObject data = Json.createObject();
        data.put("event.detail.points", points);
        data.put("event.detail.change", change);
        data.put("event.detail.index", index);
        return data;
    }

    @Test
    void a_point_is_sent_to_the_element_as_coordinates_only() {
        GeometryEditor editor = attached(GeometryEditor.point());
        editor.setPoint(TBILISI);

        assertThat(editor.getElement().getProperty("mode")).isEqualTo("point");
        assertThat(editor.getElement().getProperty("points")).isEqualTo("41.71510,44.82710");
        assertThat(editor.getPoint()).contains(TBILISI);

        editor.setPoint(Optional.empty());
        assertThat(editor.getElement().getProperty("points")).isEmpty();
        assertThat(editor.getPoint()).isEmpty();
    }

    @Test
    void a_point_placed_or_dragged_in_the_browser_reaches_the_listener_as_a_geo_point() {
        GeometryEditor editor = attached(GeometryEditor.point());
        List<GeoPoint> heard = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        editor.addPointChangeListener(e -> {
            heard.add(e.point());
            changes.add(e.change());
        });

        _fireDomEvent(editor, "points-change", change("41.71510,44.82710", "place", 0));
        _fireDomEvent(editor, "points-change", change("40.18720,44.51520", "move", 0));

        assertThat(heard).containsExactly(TBILISI, YEREVAN);
        assertThat(changes).containsExactly(Change.PLACE, Change.MOVE);
        assertThat(editor.getPoint()).contains(YEREVAN);
    }

    @Test
    void a_route_change_reaches_the_listener_as_the_whole_new_list_with_what_was_done() {
        GeometryEditor editor = attached(GeometryEditor.route());
        editor.setWaypoints(List.of(TBILISI, YEREVAN));
        assertThat(editor.getElement().getProperty("mode")).isEqualTo("route");
        assertThat(editor.getElement().getProperty("points")).isEqualTo("41.71510,44.82710;40.18720,44.51520");
        List<GeometryEditor.WaypointsChangeEvent> heard = new ArrayList<>();
        editor.addWaypointsChangeListener(heard::add);

        _fireDomEvent(editor, "points-change", change("41.71510,44.82710;40.60130,43.09750;40.18720,44.51520", "insert", 1));
        _fireDomEvent(editor, "points-change", change("41.71510,44.82710;40.60130,43.09750", "remove", 2));

        assertThat(heard).hasSize(2);
        assertThat(heard.get(0).waypoints()).containsExactly(TBILISI, KARS, YEREVAN);
        assertThat(heard.get(0).change()).isEqualTo(Change.INSERT);
        assertThat(heard.get(0).index()).isEqualTo(1);
        assertThat(heard.get(1).waypoints()).containsExactly(TBILISI, KARS);
        assertThat(heard.get(1).change()).isEqualTo(Change.REMOVE);
        assertThat(heard.get(1).index()).isEqualTo(2);
        assertThat(editor.getWaypoints()).containsExactly(TBILISI, KARS);
    }

    @Test
    void a_broken_or_out_of_range_answer_is_refused_and_the_element_gets_the_servers_geometry_back() {
        GeometryEditor editor = attached(GeometryEditor.route());
        editor.setWaypoints(List.of(TBILISI, YEREVAN));
        List<List<GeoPoint>> heard = new ArrayList<>();
        editor.addWaypointsChangeListener(e -> heard.add(e.waypoints()));

        for (String bad : List.of("95.00000,44.00000;40.18720,44.51520", "41.7,abc", "41.7", "41.7,44.8", "41.7,44.8;")) {
            editor.getElement().setProperty("points", bad); // as the browser's property sync would
            _fireDomEvent(editor, "points-change", change(bad, bad.equals("41.7,44.8") ? "teleport" : "move", 0));
            assertThat(editor.getElement().getProperty("points")).as(bad).isEqualTo("41.71510,44.82710;40.18720,44.51520");
        }
        assertThat(heard).isEmpty();
        assertThat(editor.getWaypoints()).containsExactly(TBILISI, YEREVAN);
    }

    @Test
    void a_point_editor_refuses_an_answer_with_other_than_one_point_and_a_read_only_editor_every_answer() {
        GeometryEditor editor = attached(GeometryEditor.point());
        editor.setPoint(TBILISI);
        List<GeoPoint> heard = new ArrayList<>();
        editor.addPointChangeListener(e -> heard.add(e.point()));

        _fireDomEvent(editor, "points-change", change("41.71510,44.82710;40.18720,44.51520", "move", 0));
        editor.setReadOnly(true);
        _fireDomEvent(editor, "points-change", change("40.18720,44.51520", "move", 0));

        assertThat(heard).isEmpty();
        assertThat(editor.getPoint()).contains(TBILISI);
        assertThat(editor.getElement().getProperty("readonly", false)).isTrue();
    }

    @Test
    void more_waypoints_than_the_bound_are_refused_on_both_sides() {
        GeometryEditor editor = attached(GeometryEditor.route());
        List<GeoPoint> tooMany = Collections.nCopies(GeometryEditor.MAX_POINTS + 1, TBILISI);

        assertThatThrownBy(() -> editor.setWaypoints(tooMany)).hasMessageContaining("waypoints");
        assertThatThrownBy(() -> GeometryEditor.decode(GeometryEditor.encode(tooMany))).hasMessageContaining("more than");
        assertThat(GeometryEditor.decode(GeometryEditor.encode(tooMany.subList(0, GeometryEditor.MAX_POINTS))))
                .hasSize(GeometryEditor.MAX_POINTS);
    }

    @Test
    void the_wrong_mode_is_a_programming_error_named_as_such() {
        assertThatThrownBy(() -> GeometryEditor.route().setPoint(TBILISI)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("setPoint");
        assertThatThrownBy(() -> GeometryEditor.point().setWaypoints(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fit_to_sends_the_bounding_box_and_the_context_layer_names_the_layer_and_the_edited_feature() {
        GeometryEditor editor = attached(GeometryEditor.route());

        editor.fitTo(List.of(TBILISI, YEREVAN, KARS));
        editor.fitToGeometry();
        editor.setContextLayer("corridors", Optional.of("BTC"));

        List<String> calls = pendingCalls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains(".fitTo(").endsWith("| <atlas-geometry-editor>,40.1872,43.0975,41.7151,44.8271");
        assertThat(calls.get(1)).contains(".fitToPoints(").endsWith("| <atlas-geometry-editor>");
        assertThat(editor.getElement().getProperty("context")).isEqualTo("corridors");
        assertThat(editor.getElement().getProperty("contextExcept")).isEqualTo("BTC");
    }
}
