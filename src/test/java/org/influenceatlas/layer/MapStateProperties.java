package org.influenceatlas.layer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.influenceatlas.base.Nasty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The URL state (the explorer's address, a slide's map line): any values give a valid state and problems naming their value. */
class MapStateProperties {

    private static final Set<String> LAYERS = Set.of("military-presence", "corridors", "alignments", "events");

    @Property(tries = 400)
    void any_url_gives_a_valid_state_and_each_problem_names_a_given_value(@ForAll("urls") Map<String, String> values) {
        MapState.Parsed parsed = MapState.parse(values, MapState.initial(LocalDate.of(2020, 1, 1), LAYERS), LAYERS,
                id -> Optional.empty());
        MapState state = parsed.state();
        assertThat(state.asOf()).isBetween(MapState.FIRST_DAY, MapState.LAST_DAY);
        assertThat(LAYERS).containsAll(state.layers());
        assertThat(state.highlighted()).hasSizeLessThanOrEqualTo(MapState.MAX_HIGHLIGHTED);
        for (MapState.Problem problem : parsed.problems()) {
            assertThat(values).containsKey(problem.field());
            assertThat(problem.message()).isNotBlank().doesNotContain("Exception");
        }
    }

    @Provide
    Arbitrary<Map<String, String>> urls() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(MapState.NAMES), Nasty.text());
        Arbitrary<String> values = Arbitraries.oneOf(Nasty.near("2020-05-01"), Nasty.near("military-presence,events"),
                Nasty.near("40.1,45.2,6"), Nasty.near("military-presence:RUS-ARM-01"), Nasty.near("CSTO"), Nasty.near("show"),
                Nasty.text());
        return Arbitraries.maps(names, values).ofMaxSize(6);
    }

    @Property(tries = 200)
    void a_map_line_never_fails_with_anything_but_named_problems(@ForAll("lines") String line) {
        List<MapState.Problem> problems = new java.util.ArrayList<>();
        Map<String, String> values = MapState.values(line, problems);
        MapState.parse(values, MapState.initial(MapState.FIRST_DAY, List.of()), LAYERS, id -> Optional.empty());
        assertThat(problems).allSatisfy(p -> assertThat(p.field()).isNotBlank());
    }

    @Provide
    Arbitrary<String> lines() {
        return Nasty.text().list().ofMaxSize(5).map(parts -> String.join(" ", parts));
    }
}
