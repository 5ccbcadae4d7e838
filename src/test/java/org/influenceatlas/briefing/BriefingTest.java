package org.influenceatlas.briefing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BriefingTest {

    private static final SlideMap MAP = new SlideMap(LocalDate.of(2020, 10, 1), 40.0, 45.0, 6,
            List.of("military-presence"), null, List.of(), null);

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
        assertThatThrownBy(() -> new SlideMap(LocalDate.of(2020, 1, 1), 40, 45, 6, List.of("tiles"), null, List.of(), null))
                .hasMessageContaining("unknown layer 'tiles'");
        assertThatThrownBy(() -> new SlideMap(LocalDate.of(2020, 1, 1), 40, 45, 13, List.of(), null, List.of(), null))
                .hasMessageContaining("zoom 13");
        assertThatThrownBy(() -> new SlideMap(LocalDate.of(2020, 1, 1), Double.NaN, 45, 6, List.of(), null, List.of(), null))
                .hasMessageContaining("outside the map");
    }

    @Test
    void a_slide_cannot_show_a_date_before_the_maps_first_day() {
        assertThatThrownBy(() -> new SlideMap(LocalDate.of(2003, 1, 1), 40, 45, 6, List.of(), null, List.of(), null))
                .hasMessageContaining("before the map's first day 2008-01-01");
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
