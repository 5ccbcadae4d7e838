package org.influenceatlas.map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.JsonCodec;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.influenceatlas.layer.TestLayers;
import org.influenceatlas.layer.Selection;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.MapView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;

class AtlasMapTest {

    private AtlasMap map;

    @BeforeEach
    void attachAMapToAMockUi() {
        MockVaadin.setup(new Routes());
        map = new AtlasMap();
        UI.getCurrent().add(map);
        pendingCalls(); // drop whatever the constructor queued
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private String property(String name) {
        return map.getElement().getProperty(name);
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

    @Test
    void a_new_map_shows_today_every_layer_and_nothing_selected() {
        AtlasMap fresh = new AtlasMap();
        fresh.setState(TestLayers.initial());

        assertThat(fresh.getElement().getProperty("asOf")).isEqualTo(LocalDate.now().toString());
        assertThat(fresh.getElement().getProperty("layers").split(","))
                .containsExactlyInAnyOrder("military-presence", "corridors", "alignments", "events");
        assertThat(fresh.getElement().getProperty("selected")).isEmpty();
        assertThat(fresh.getElement().getProperty("organisation")).isEmpty();
    }

    @Test
    void a_whole_state_sets_every_element_property() {
        map.setState(new MapState(LocalDate.of(2020, 10, 1), Set.of("military-presence", "corridors"),
                Optional.of(new Selection("alignments", "ARM")), Optional.empty(), Optional.of("CSTO")));

        assertThat(property("asOf")).isEqualTo("2020-10-01");
        assertThat(property("layers").split(",")).containsExactlyInAnyOrder("military-presence", "corridors");
        assertThat(property("organisation")).isEqualTo("CSTO");
        assertThat(property("selected")).isEqualTo("alignments:ARM");
    }

    @Test
    void the_display_options_go_to_the_element_as_booleans() {
        map.setState(TestLayers.initial().withOptions(false, true));

        assertThat(map.getElement().getProperty("showEnded", true)).isFalse();
        assertThat(map.getElement().getProperty("onlineTiles", false)).isTrue();

        map.setState(TestLayers.initial());
        assertThat(map.getElement().getProperty("showEnded", false)).isTrue();
        assertThat(map.getElement().getProperty("onlineTiles", true)).isFalse();
    }

    @Test
    void hiding_ended_sites_in_the_browser_reaches_listeners_as_part_of_the_state() {
        List<MapState> heard = new ArrayList<>();
        map.addStateChangeListener(e -> heard.add(e.applyTo(TestLayers.initial(), TestLayers.IDS)));

        JsonObject data = detail("asOf", "2020-10-01", "layers", "military-presence");
        data.put("event.detail.organisation", "");
        data.put("event.detail.showEnded", false);
        data.put("event.detail.onlineTiles", true);
        data.put("for", "trailing");
        _fireDomEvent(map, "state-change", data);

        assertThat(heard).singleElement().satisfies(state -> {
            assertThat(state.showEnded()).isFalse();
            assertThat(state.onlineTiles()).isTrue();
            assertThat(state.layers()).containsExactly("military-presence");
        });
    }

    @Test
    void a_state_without_organisation_or_selection_clears_them_on_the_element() {
        map.setState(TestLayers.initial().withSelection(Optional.of(new Selection("events", "EV-1")))
                .withOrganisation(Optional.of("CSTO")));
        map.setState(TestLayers.initial());

        assertThat(property("organisation")).isEmpty();
        assertThat(property("selected")).isEmpty();
    }

    @Test
    void a_state_with_a_view_moves_the_map_without_animation() {
        map.setState(TestLayers.initial().withView(new MapView(41, 45, 6)));

        assertThat(pendingCalls()).singleElement().asString()
                .contains(".setView(").endsWith("| <atlas-map>,41,45,6");
    }

    @Test
    void a_state_without_a_view_does_not_move_the_map() {
        map.setState(TestLayers.initial());

        assertThat(pendingCalls()).isEmpty();
    }

    @Test
    void setting_the_date_sets_the_asOf_property_only() {
        map.select(Optional.of(new Selection("corridors", "COR-06")));
        map.setDate(LocalDate.of(2014, 3, 18));

        assertThat(property("asOf")).isEqualTo("2014-03-18");
        assertThat(property("selected")).isEqualTo("corridors:COR-06");
    }

    @Test
    void showing_layers_lists_exactly_those_layer_ids() {
        map.showLayers(Set.of("events", "alignments"));

        assertThat(property("layers").split(",")).containsExactlyInAnyOrder("events", "alignments");
    }

    @Test
    void showing_or_hiding_one_layer_keeps_the_others_as_they_are() {
        map.showLayers(Set.of("corridors"));

        map.showLayer("events");
        assertThat(property("layers").split(",")).containsExactlyInAnyOrder("corridors", "events");
        map.showLayer("events");
        assertThat(map.layers()).containsExactlyInAnyOrder("corridors", "events");
        map.hideLayer("corridors");
        assertThat(property("layers")).isEqualTo("events");
        map.hideLayer("corridors");
        assertThat(map.layers()).containsExactly("events");
    }

    @Test
    void the_date_and_layers_the_user_chose_in_the_browser_are_what_the_map_reports() {
        map.setDate(LocalDate.of(2020, 10, 1));
        map.showLayers(TestLayers.IDS);

        // The browser synchronises these properties when its controls change them (state-change).
        map.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                .setProperty("asOf", "2024-06-01", false);
        map.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                .setProperty("layers", "corridors", false);

        assertThat(map.date()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(map.layers()).containsExactly("corridors");
        map.showLayer("events");
        assertThat(property("layers").split(",")).containsExactlyInAnyOrder("corridors", "events");
    }

    @Test
    void the_properties_the_browser_changes_are_synchronised_back_on_state_change() {
        var synced = map.getElement().getNode()
                .getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class);
        for (String property : AtlasMap.BROWSER_CHANGED) {
            assertThat(synced.getPropertySynchronizationMode(property)).as(property).isNotNull();
        }
    }

    @Test
    void showing_no_layers_sends_an_empty_list() {
        map.showLayers(Set.of());

        assertThat(property("layers")).isEmpty();
    }

    @Test
    void selecting_sends_the_layer_and_id_and_deselecting_sends_nothing() {
        map.select(Optional.of(new Selection("military-presence", "RUS-ARM-01")));
        assertThat(property("selected")).isEqualTo("military-presence:RUS-ARM-01");

        map.select(Optional.empty());
        assertThat(property("selected")).isEmpty();
    }

    @Test
    void flying_to_a_view_calls_flyTo_with_its_centre_and_zoom() {
        map.flyTo(new MapView(40.5, 44.25, 7));

        assertThat(pendingCalls()).singleElement().asString()
                .contains(".flyTo(").endsWith("| <atlas-map>,40.5,44.25,7");
    }

    @Test
    void setting_a_view_calls_setView_not_flyTo() {
        map.setView(new MapView(35.4, 35.9, 9));

        assertThat(pendingCalls()).singleElement().asString()
                .contains(".setView(").doesNotContain("flyTo").endsWith("| <atlas-map>,35.4,35.9,9");
    }

    @Test
    void flying_to_a_feature_sends_its_layer_and_id() {
        map.flyToFeature(new Selection("military-presence", "RUS-ARM-01"));

        assertThat(pendingCalls()).singleElement().asString()
                .contains(".flyToFeature(").endsWith("| <atlas-map>,\"military-presence\",\"RUS-ARM-01\"");
    }

    @Test
    void a_map_not_yet_attached_sends_its_calls_once_attached() {
        AtlasMap detached = new AtlasMap();
        detached.flyTo(new MapView(41, 45, 6));
        assertThat(pendingCalls()).isEmpty();

        UI.getCurrent().add(detached);

        assertThat(pendingCalls()).singleElement().asString().contains(".flyTo(").endsWith(",41,45,6");
    }

    @Test
    void a_click_on_a_feature_reaches_listeners_as_a_selection() {
        List<Optional<Selection>> heard = new ArrayList<>();
        map.addFeatureClickListener(e -> heard.add(e.selection()));

        _fireDomEvent(map, "feature-click", detail("layer", "military-presence", "id", "RUS-ARM-01"));

        assertThat(heard).containsExactly(Optional.of(new Selection("military-presence", "RUS-ARM-01")));
    }

    @Test
    void a_click_on_a_country_selects_it_on_the_alignments_layer() {
        List<Optional<Selection>> heard = new ArrayList<>();
        map.addFeatureClickListener(e -> heard.add(e.selection()));

        _fireDomEvent(map, "feature-click", detail("layer", "alignments", "id", "ARM"));

        assertThat(heard).containsExactly(Optional.of(new Selection("alignments", "ARM")));
    }

    @Test
    void a_click_reported_on_a_malformed_layer_selects_nothing() {
        List<Optional<Selection>> heard = new ArrayList<>();
        map.addFeatureClickListener(e -> heard.add(e.selection()));

        _fireDomEvent(map, "feature-click", detail("layer", "<b>bases</b>", "id", "RUS-ARM-01"));

        assertThat(heard).containsExactly(Optional.empty());
    }

    @Test
    void a_removed_click_listener_hears_nothing() {
        List<Optional<Selection>> heard = new ArrayList<>();
        map.addFeatureClickListener(e -> heard.add(e.selection())).remove();

        _fireDomEvent(map, "feature-click", detail("layer", "corridors", "id", "COR-06"));

        assertThat(heard).isEmpty();
    }

    @Test
    void a_browser_change_in_its_leading_phase_is_not_acted_upon() {
        List<MapState> heard = new ArrayList<>();
        map.addStateChangeListener(e -> heard.add(e.applyTo(TestLayers.initial(), TestLayers.IDS)));

        JsonObject data = detail("asOf", "2020-10-01", "layers", "corridors");
        data.put("for", "leading");
        _fireDomEvent(map, "state-change", data);

        assertThat(heard).isEmpty();
    }

    @Test
    void a_pan_or_zoom_reaches_listeners_as_a_view() {
        List<MapView> heard = new ArrayList<>();
        map.addViewChangeListener(e -> heard.add(e.view()));

        JsonObject data = Json.createObject();
        data.put("event.detail.lat", 40.5);
        data.put("event.detail.lon", 44.25);
        data.put("event.detail.zoom", 7);
        _fireDomEvent(map, "view-change", data);

        assertThat(heard).containsExactly(new MapView(40.5, 44.25, 7));
    }

    @Test
    void a_view_beyond_the_antimeridian_or_the_zoom_range_is_brought_back_into_range() {
        List<MapView> heard = new ArrayList<>();
        map.addViewChangeListener(e -> heard.add(e.view()));

        JsonObject data = Json.createObject();
        data.put("event.detail.lat", 88);
        data.put("event.detail.lon", 200);
        data.put("event.detail.zoom", 15);
        _fireDomEvent(map, "view-change", data);

        assertThat(heard).containsExactly(new MapView(85, -160, MapView.MAX_ZOOM));
    }

    @Test
    void a_change_made_in_the_browser_reaches_listeners_and_applies_to_a_state() {
        List<MapState> heard = new ArrayList<>();
        MapState before = TestLayers.initial().withSelection(Optional.of(new Selection("alignments", "ARM")));
        map.addStateChangeListener(e -> heard.add(e.applyTo(before, TestLayers.IDS)));

        JsonObject data = Json.createObject();
        data.put("event.detail.asOf", "2020-10-01");
        data.put("event.detail.layers", "corridors,events");
        data.put("event.detail.organisation", "CSTO");
        _fireDomEvent(map, "state-change", debounced(data));

        assertThat(heard).hasSize(1);
        MapState after = heard.get(0);
        assertThat(after.asOf()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(after.layers()).containsExactlyInAnyOrder("corridors", "events");
        assertThat(after.organisation()).contains("CSTO");
        assertThat(after.selection()).isEqualTo(before.selection());
    }

    @Test
    void a_browser_change_that_clears_the_organisation_and_every_layer_applies_as_such() {
        List<MapState> heard = new ArrayList<>();
        MapState before = TestLayers.initial().withAsOf(LocalDate.of(2020, 10, 1)).withLayers(Set.of("corridors")).withOrganisation(Optional.of("CSTO"));
        map.addStateChangeListener(e -> heard.add(e.applyTo(before, TestLayers.IDS)));

        JsonObject data = Json.createObject();
        data.put("event.detail.asOf", "not a date");
        data.put("event.detail.layers", "");
        data.put("event.detail.organisation", "");
        _fireDomEvent(map, "state-change", debounced(data));

        assertThat(heard).singleElement().satisfies(after -> {
            assertThat(after.asOf()).isEqualTo(LocalDate.of(2020, 10, 1));
            assertThat(after.layers()).isEmpty();
            assertThat(after.organisation()).isEmpty();
        });
    }

    /**
     * The event is debounced with only the trailing phase: the browser sends it tagged
     * {@code "for": "trailing"} once typing stops, and Flow ignores it in any other phase.
     */
    private static JsonObject debounced(JsonObject data) {
        data.put("for", "trailing");
        return data;
    }

    private static JsonObject detail(String k1, String v1, String k2, String v2) {
        JsonObject data = Json.createObject();
        data.put("event.detail." + k1, v1);
        data.put("event.detail." + k2, v2);
        return data;
    }
}
