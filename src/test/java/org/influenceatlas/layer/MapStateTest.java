package org.influenceatlas.layer;

import com.vaadin.flow.router.QueryParameters;
import org.influenceatlas.map.Permalink;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class MapStateTest {

    private static MapState parse(String query) {
        return Permalink.parse(QueryParameters.fromString(query), TestLayers.initial(), TestLayers.IDS, LocalDate.now()).state();
    }

    /** What the browser's address bar would carry, parsed back as the router would. */
    private static MapState roundTrip(MapState state) {
        return Permalink.parse(QueryParameters.fromString(Permalink.toQuery(state).getQueryString()), TestLayers.initial(), TestLayers.IDS,
                LocalDate.now()).state();
    }

    @Test
    void a_full_permalink_gives_its_date_layers_selection_view_and_organisation() {
        MapState state = parse("asOf=2020-10-01&layers=military-presence,corridors&select=ARM&view=41.0,45.0,6&org=CSTO");

        assertThat(state.asOf()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(state.layers()).containsExactlyInAnyOrder("military-presence", "corridors");
        assertThat(state.selection()).contains(new Selection("alignments", "ARM"));
        assertThat(state.view()).contains(new MapView(41.0, 45.0, 6));
        assertThat(state.organisation()).contains("CSTO");
    }

    @Test
    void an_empty_query_gives_today_with_every_layer_and_nothing_selected() {
        MapState state = parse("");

        assertThat(state.asOf()).isEqualTo(LocalDate.now());
        assertThat(state.layers()).containsExactlyInAnyOrderElementsOf(TestLayers.ALL);
        assertThat(state.selection()).isEmpty();
        assertThat(state.view()).isEmpty();
        assertThat(state.organisation()).isEmpty();
    }

    @Test
    void a_full_state_survives_the_trip_through_the_address_bar() {
        MapState state = new MapState(LocalDate.of(2020, 10, 1), Set.of("corridors", "military-presence"),
                Optional.of(new Selection("military-presence", "RUS-ARM-01")), Optional.of(new MapView(40.5, 44.25, 7)),
                Optional.of("CSTO"));

        assertThat(roundTrip(state)).isEqualTo(state);
    }

    @Test
    void hidden_ended_sites_and_online_tiles_survive_the_trip_and_stay_out_of_ordinary_links() {
        MapState state = TestLayers.initial().withAsOf(LocalDate.of(2022, 1, 1)).withOptions(false, true);

        assertThat(Permalink.toQuery(state).getQueryString()).contains("ended=hide").contains("tiles=osm");
        assertThat(roundTrip(state)).isEqualTo(state);
        assertThat(Permalink.toQuery(TestLayers.initial()).getQueryString()).doesNotContain("ended").doesNotContain("tiles");
        assertThat(state.withSelection(Optional.of(new Selection("alignments", "ARM"))).withView(new MapView(41, 45, 6)))
                .as("other changes keep the options").returns(false, MapState::showEnded).returns(true, MapState::onlineTiles);
    }

    @Test
    void unknown_display_options_fall_back_to_ended_sites_shown_and_no_online_tiles() {
        MapState state = parse("ended=maybe&tiles=google");

        assertThat(state.showEnded()).isTrue();
        assertThat(state.onlineTiles()).isFalse();
    }

    @Test
    void a_country_selection_survives_the_trip_in_its_short_form() {
        MapState state = TestLayers.initial().withAsOf(LocalDate.of(2015, 1, 2))
                .withSelection(Optional.of(new Selection("alignments", "ARM")));

        assertThat(Permalink.toQuery(state).getParameters().get("select")).containsExactly("ARM");
        assertThat(roundTrip(state)).isEqualTo(state);
    }

    @Test
    void a_state_with_no_layers_shown_survives_the_trip_and_does_not_come_back_with_all_of_them() {
        MapState state = new MapState(LocalDate.of(2022, 2, 24), Set.of(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(roundTrip(state).layers()).isEmpty();
        assertThat(roundTrip(state)).isEqualTo(state);
    }

    @Test
    void the_query_lists_layers_in_a_fixed_order_whatever_order_they_were_given_in() {
        MapState a = parse("asOf=2020-10-01&layers=corridors,military-presence");
        MapState b = parse("asOf=2020-10-01&layers=military-presence,corridors");

        assertThat(Permalink.toQuery(a).getQueryString()).isEqualTo(Permalink.toQuery(b).getQueryString());
        assertThat(Permalink.toQuery(a).getParameters().get("layers")).containsExactly("corridors,military-presence");
    }

    @Test
    void an_impossible_date_falls_back_to_today() {
        assertThatCode(() -> parse("asOf=2020-13-45")).doesNotThrowAnyException();
        assertThat(parse("asOf=2020-13-45&layers=corridors").asOf()).isEqualTo(LocalDate.now());
    }

    @Test
    void unknown_layer_names_fall_back_to_every_layer() {
        assertThat(parse("layers=foo").layers()).containsExactlyInAnyOrderElementsOf(TestLayers.ALL);
    }

    @Test
    void unknown_layer_names_next_to_known_ones_are_dropped() {
        assertThat(parse("layers=foo,corridors").layers()).containsExactly("corridors");
    }

    @Test
    void a_view_that_is_not_three_numbers_is_ignored() {
        assertThat(parse("view=abc").view()).isEmpty();
        assertThat(parse("view=41,45").view()).isEmpty();
        assertThat(parse("view=41,x,6").view()).isEmpty();
    }

    @Test
    void a_view_outside_the_world_or_the_zoom_range_is_ignored() {
        assertThat(parse("view=95,45,6").view()).isEmpty();
        assertThat(parse("view=41,45,30").view()).isEmpty();
    }

    @Test
    void a_view_that_is_not_a_number_is_ignored() {
        assertThat(parse("view=NaN,NaN,6").view()).isEmpty();
    }

    @Test
    void markup_as_a_selection_is_ignored() {
        assertThatCode(() -> parse("select=<script>alert(1)</script>")).doesNotThrowAnyException();
        assertThat(parse("select=<script>").selection()).isEmpty();
    }

    @Test
    void a_selection_on_an_unknown_layer_is_ignored() {
        assertThat(parse("select=bases:RUS-ARM-01").selection()).isEmpty();
    }

    @Test
    void malformed_values_leave_the_well_formed_ones_in_place() {
        MapState state = parse("asOf=2020-13-45&layers=foo&view=abc&select=<script>&org=CSTO");

        assertThat(state.organisation()).contains("CSTO");
        assertThat(state.asOf()).isEqualTo(LocalDate.now());
        assertThat(state.selection()).isEmpty();
        assertThat(state.view()).isEmpty();
    }

    @Test
    void an_organisation_that_is_not_an_acronym_is_ignored() {
        assertThat(parse("org=<b>").organisation()).isEmpty();
    }

    @Test
    void a_date_before_2008_is_moved_to_the_first_day_of_2008() {
        assertThat(parse("asOf=1991-12-26").asOf()).isEqualTo(LocalDate.of(2008, 1, 1));
        assertThat(parse("asOf=2007-12-31").asOf()).isEqualTo(MapState.FIRST_DAY);
        assertThat(parse("asOf=2008-01-02").asOf()).isEqualTo(LocalDate.of(2008, 1, 2));
    }

    @Test
    void a_date_after_today_is_moved_to_today_where_the_slider_ends() {
        assertThat(parse("asOf=2999-01-01").asOf()).isEqualTo(LocalDate.now());
        assertThat(parse("asOf=" + LocalDate.now().plusDays(1)).asOf()).isEqualTo(LocalDate.now());
    }

    @Test
    void a_selection_with_a_layer_prefix_parses_to_that_layer() {
        assertThat(parse("select=military-presence:RUS-ARM-01").selection())
                .contains(new Selection("military-presence", "RUS-ARM-01"));
        assertThat(parse("select=corridors:COR-06").selection()).contains(new Selection("corridors", "COR-06"));
    }

    @Test
    void a_bare_country_code_in_lower_case_selects_that_country() {
        assertThat(parse("select=arm").selection()).contains(new Selection("alignments", "ARM"));
    }

    @Test
    void a_view_prints_without_trailing_zeros() {
        assertThat(new MapView(41.0, 45.0, 6).toParameter()).isEqualTo("41,45,6");
        assertThat(new MapView(40.5, 44.25, 7).toParameter()).isEqualTo("40.5,44.25,7");
    }

    @Test
    void a_view_keeps_zeros_that_belong_to_the_integer_part() {
        assertThat(new MapView(10.0, 100.0, 5).toParameter()).isEqualTo("10,100,5");
        assertThat(new MapView(0.0, -20.05, 3).toParameter()).isEqualTo("0,-20.05,3");
    }

    @Test
    void a_view_prints_at_most_three_decimals() {
        assertThat(new MapView(41.123456, 45.0, 6).toParameter()).isEqualTo("41.123,45,6");
    }

    @Test
    void a_date_with_trailing_junk_is_reported_and_not_used() {
        MapState.Parsed parsed = MapState.parse(java.util.Map.of("asOf", "2020-10-01\n"), TestLayers.initial(), TestLayers.IDS,
                MapState::bareIdIsCountry);

        assertThat(parsed.state().asOf()).isEqualTo(LocalDate.now());
        assertThat(parsed.problems()).extracting(MapState.Problem::field).containsExactly("asOf");
        assertThat(MapState.parse(java.util.Map.of("asOf", "2020-10-01\u0000"), TestLayers.initial(), TestLayers.IDS,
                MapState::bareIdIsCountry).problems()).isNotEmpty();
    }

    @Test
    void a_grade_filter_survives_the_address_bar_and_the_markdown_line() {
        MapState state = parse("asOf=2020-10-01&grade=c3&below=hide");

        assertThat(state.gradeFilter()).contains(new GradeFilter(org.influenceatlas.source.Grade.parse("C3"), GradeFilter.Below.HIDE));
        assertThat(roundTrip(state)).isEqualTo(state);
        assertThat(state.toLine()).contains("grade=C3 below=hide");
        java.util.List<MapState.Problem> problems = new java.util.ArrayList<>();
        assertThat(MapState.parse(MapState.values(state.toLine(), problems), TestLayers.initial(), TestLayers.IDS,
                MapState::bareIdIsCountry).state()).isEqualTo(state);
        assertThat(problems).isEmpty();
    }

    @Test
    void faint_is_the_default_below_a_grade_and_is_not_written() {
        MapState state = parse("asOf=2020-10-01&grade=B2");

        assertThat(state.gradeFilter().map(GradeFilter::below)).contains(GradeFilter.Below.FAINT);
        assertThat(state.toValues()).containsEntry("grade", "B2").doesNotContainKey("below");
        assertThat(parse("asOf=2020-10-01").toValues()).doesNotContainKey("grade");
    }

    @Test
    void a_grade_or_below_the_map_cannot_use_is_reported_by_name() {
        MapState.Parsed parsed = Permalink.parse(QueryParameters.fromString("grade=G9&below=dim"), TestLayers.initial(),
                TestLayers.IDS, LocalDate.now());

        assertThat(parsed.problems()).extracting(MapState.Problem::field).containsExactlyInAnyOrder("grade", "below");
        assertThat(parsed.state().gradeFilter()).isEmpty();
    }

    @Test
    void a_feature_without_a_graded_citation_is_below_every_grade() {
        GradeFilter filter = new GradeFilter(org.influenceatlas.source.Grade.parse("C3"), GradeFilter.Below.FAINT);

        assertThat(filter.look("B4")).isEqualTo(GradeFilter.Look.FULL);
        assertThat(filter.look("C3")).isEqualTo(GradeFilter.Look.FULL);
        assertThat(filter.look("C4")).isEqualTo(GradeFilter.Look.FAINT);
        assertThat(filter.look(null)).isEqualTo(GradeFilter.Look.FAINT);
        assertThat(new GradeFilter(filter.threshold(), GradeFilter.Below.HIDE).look("D1")).isEqualTo(GradeFilter.Look.HIDDEN);
    }
}
