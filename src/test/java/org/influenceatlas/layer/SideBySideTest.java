package org.influenceatlas.layer;

import org.influenceatlas.layer.SideBySide.OwnedLine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SideBySideTest {

    /** A flat projection for the test: a degree is 100 units, y downwards (north is up). */
    private static final Function<double[], double[]> FLAT = lonLat -> new double[]{lonLat[0] * 100, -lonLat[1] * 100};

    private static List<double[]> line(double... lonLats) {
        List<double[]> points = new java.util.ArrayList<>();
        for (int i = 0; i < lonLats.length; i += 2) {
            points.add(new double[]{lonLats[i], lonLats[i + 1]});
        }
        return points;
    }

    @Test
    void two_owners_of_one_stretch_are_drawn_a_gap_apart_either_side_of_it() {
        List<List<double[]>> placed = SideBySide.apply(List.of(
                new OwnedLine("A", line(40, 40, 41, 40)),
                new OwnedLine("B", line(40, 40, 41, 40))), FLAT, 4);

        // An east-west stretch: the two are moved north and south, 2 units each, x unchanged.
        assertThat(placed.get(0).get(0)[0]).isEqualTo(4000);
        assertThat(placed.get(1).get(0)[0]).isEqualTo(4000);
        assertThat(Math.abs(placed.get(0).get(0)[1] - placed.get(1).get(0)[1])).isCloseTo(4, within(1e-9));
        assertThat(placed.get(0).get(0)[1] + placed.get(1).get(0)[1]).isCloseTo(2 * -4000, within(1e-9));
    }

    @Test
    void owners_that_run_a_stretch_in_opposite_directions_still_take_opposite_sides() {
        List<List<double[]>> placed = SideBySide.apply(List.of(
                new OwnedLine("A", line(40, 40, 41, 40)),
                new OwnedLine("B", line(41, 40, 40, 40))), FLAT, 4);

        double aAtWest = placed.get(0).get(0)[1];
        double bAtWest = placed.get(1).get(1)[1];
        assertThat(Math.abs(aAtWest - bAtWest)).isCloseTo(4, within(1e-9));
    }

    @Test
    void a_stretch_nobody_else_uses_stays_where_it_is_and_one_owner_is_never_moved() {
        List<List<double[]>> placed = SideBySide.apply(List.of(
                new OwnedLine("A", line(40, 40, 41, 40, 42, 41)),
                new OwnedLine("B", line(40, 40, 41, 40)),
                new OwnedLine("C", line(50, 50, 51, 51))), FLAT, 4);

        // A's last point belongs only to its own stretch: not moved. C shares nothing: as projected.
        assertThat(placed.get(0).get(2)).containsExactly(4200, -4100);
        assertThat(placed.get(2)).satisfiesExactly(p -> assertThat(p).containsExactly(5000, -5000),
                p -> assertThat(p).containsExactly(5100, -5100));
        // Stretch ends equal at three decimals are the same point.
        List<List<double[]>> nearly = SideBySide.apply(List.of(
                new OwnedLine("A", line(40, 40, 41, 40)),
                new OwnedLine("B", line(40.0001, 40, 41, 40.0004))), FLAT, 4);
        assertThat(nearly.get(0).get(0)[1]).isNotEqualTo(-4000);
    }

    @Test
    void the_browser_reads_the_rules_numbers_from_here() {
        assertThat(SideBySide.description()).containsEntry("gapPx", SideBySide.GAP_PX)
                .containsEntry("keyDecimals", SideBySide.KEY_DECIMALS);
    }
}
