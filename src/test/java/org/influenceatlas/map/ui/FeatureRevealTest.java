package org.influenceatlas.map.ui;

import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.TestLayers;
import org.influenceatlas.map.Permalink;
import org.influenceatlas.layer.Selection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.Set;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the bundled dataset: the Karabakh peacekeepers, the 2008 war, the CKU railway. */
@SpringBootTest
@ActiveProfiles("test")
class FeatureRevealTest {

    static final LocalDate DAY = LocalDate.of(2022, 1, 1);

    @Autowired
    FeatureReveal reveal;

    @Test
    void an_event_years_away_moves_the_date_to_it_and_switches_the_events_layer_on() {
        MapState state = reveal.reveal(state(DAY, true, "military-presence"), select("events", "EV-01"));

        assertThat(state.asOf()).isEqualTo(LocalDate.of(2008, 8, 7));
        assertThat(state.layers()).containsExactlyInAnyOrder("military-presence", "events");
    }

    @Test
    void an_event_within_the_window_around_the_date_keeps_the_date() {
        LocalDate twoMonthsLater = LocalDate.of(2008, 10, 12);

        assertThat(reveal.reveal(state(twoMonthsLater, true, "events"), select("events", "EV-01")).asOf())
                .isEqualTo(twoMonthsLater);
    }

    @Test
    void a_withdrawn_presence_keeps_the_date_while_ended_sites_are_shown_and_moves_to_its_start_when_they_are_not() {
        LocalDate after = LocalDate.of(2025, 1, 1);
        Selection peacekeepers = select("military-presence", "RUS-AZE-02");

        assertThat(reveal.reveal(state(after, true), peacekeepers).asOf()).isEqualTo(after);
        assertThat(reveal.reveal(state(after, false), peacekeepers).asOf()).isEqualTo(LocalDate.of(2020, 11, 10));
        assertThat(reveal.reveal(state(LocalDate.of(2019, 1, 1), true), peacekeepers).asOf()).isEqualTo(LocalDate.of(2020, 11, 10));
    }

    @Test
    void a_corridor_not_yet_built_moves_the_date_to_its_first_segment() {
        MapState state = reveal.reveal(state(DAY, true, "alignments"), select("corridors", "COR-16"));

        assertThat(state.asOf()).isEqualTo(LocalDate.of(2024, 12, 27));
        assertThat(state.layers()).contains("corridors", "alignments");
    }

    @Test
    void a_country_keeps_the_date_and_a_feature_already_drawn_changes_nothing() {
        MapState everything = state(DAY, true, TestLayers.ALL.toArray(String[]::new));

        assertThat(reveal.reveal(everything, select("alignments", "ARM"))).isEqualTo(everything);
        assertThat(reveal.reveal(everything, select("military-presence", "RUS-AZE-02"))).isEqualTo(everything);
    }

    private static MapState state(LocalDate day, boolean showEnded, String... layers) {
        return new MapState(day, Set.of(layers), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), showEnded, false);
    }

    private static Selection select(String layer, String id) {
        return new Selection(layer, id);
    }
}
