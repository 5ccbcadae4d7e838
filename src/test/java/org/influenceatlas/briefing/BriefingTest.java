package org.influenceatlas.briefing;

import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.MapView;
import org.influenceatlas.layer.Selection;
import org.influenceatlas.layer.TestLayers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BriefingTest {

    private static final MapState MAP = new MapState(LocalDate.of(2020, 10, 1), Set.of("military-presence"),
            Optional.empty(), Optional.of(new MapView(40.0, 45.0, 6)), Optional.empty());

    private static MapState slideMap(String line) {
        return MapState.parse(MapState.values(line, new java.util.ArrayList<>()), MapState.initial(MapState.FIRST_DAY, List.of()),
                TestLayers.IDS, MapState::bareIdIsCountry).orThrow();
    }

    @Test
    void a_slide_must_cite_at_least_one_source() {
        assertThatThrownBy(() -> new Slide("Title", "A claim with no citation.", MAP)).hasMessageContaining("cites no source");
    }

    @Test
    void citations_carry_their_source_and_locator() {
        Slide slide = new Slide("Title", "One [@art-x line 4], two [@web-y].", MAP);
        assertThat(slide.citations()).extracting("sourceId", "locator")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("art-x", "line 4"),
                        org.assertj.core.groups.Tuple.tuple("web-y", null));
    }

    @Test
    void a_slide_map_rejects_unknown_layers_and_zoom_out_of_range() {
        assertThatThrownBy(() -> slideMap("asOf=2020-01-01 view=40,45,6 layers=tiles"))
                .hasMessageContaining("layers: unknown layer tiles");
        assertThatThrownBy(() -> slideMap("asOf=2020-01-01 view=40,45,13"))
                .hasMessageContaining("view: '40,45,13' is not latitude,longitude,zoom");
        assertThatThrownBy(() -> slideMap("asOf=2020-01-01 view=NaN,45,6")).hasMessageContaining("view:");
    }

    @Test
    void a_slide_cannot_show_a_date_before_the_maps_first_day_or_after_its_last() {
        assertThatThrownBy(() -> slideMap("asOf=2003-01-01 view=40,45,6"))
                .hasMessageContaining("asOf: 2003-01-01 is outside 2008-01-01 to 2100-12-31");
        assertThatThrownBy(() -> slideMap("asOf=20224-01-01 view=40,45,6")).hasMessageContaining("asOf:");
    }

    @Test
    void a_slide_map_refuses_a_layer_listed_twice_and_more_highlights_than_the_limit() {
        assertThatThrownBy(() -> slideMap("asOf=2020-01-01 view=40,45,6 layers=events,events"))
                .hasMessageContaining("layers: a layer is listed twice");
        String many = String.join(",", java.util.Collections.nCopies(MapState.MAX_HIGHLIGHTED + 1, "EV-1"));
        assertThatThrownBy(() -> slideMap("asOf=2020-01-01 view=40,45,6 highlight=" + many))
                .hasMessageContaining("highlight: at most " + MapState.MAX_HIGHLIGHTED);
    }

    @Test
    void a_slide_map_survives_the_trip_through_its_markdown_line() {
        MapState map = slideMap("asOf=2020-10-01 view=41,45,6 layers=military-presence,events select=military-presence:RUS-ARM-01 "
                + "highlight=EV-1,EV-2 org=CSTO");
        assertThat(slideMap(map.toLine())).isEqualTo(map);
        assertThat(map.selection()).contains(new Selection("military-presence", "RUS-ARM-01"));
    }

    @Test
    void a_briefing_needs_a_valid_slug_slides_and_an_update_after_its_creation() {
        Slide slide = new Slide("Title", "Text [@a].", MAP);
        LocalDate day = LocalDate.of(2026, 11, 1);
        assertThatThrownBy(() -> new Briefing("Bad Slug", "T", null, null, day, day, day, true, 1, List.of(slide)))
                .hasMessageContaining("slug");
        assertThatThrownBy(() -> new Briefing("ok", "T", null, null, day, day, day, true, 1, List.of()))
                .hasMessageContaining("no slides");
        assertThatThrownBy(() -> new Briefing("ok", "T", null, null, day, day.minusDays(1), day, true, 1, List.of(slide)))
                .hasMessageContaining("before created");
    }

    @Test
    void slides_are_numbered_from_one() {
        Slide a = new Slide("A", "Text [@a].", MAP);
        Slide b = new Slide("B", "Text [@b].", MAP);
        LocalDate day = LocalDate.of(2026, 11, 1);
        Briefing briefing = new Briefing("ok", "T", null, null, day, day, day, true, 1, List.of(a, b));
        assertThat(briefing.slide(1)).isEqualTo(a);
        assertThat(briefing.slide(2)).isEqualTo(b);
    }
}
