package org.influenceatlas.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradeTest {

    @Test
    void grades_order_best_first_by_reliability_and_then_credibility() {
        List<Grade> grades = List.of(Grade.parse("C1"), Grade.parse("B4"), Grade.parse("B2"), Grade.parse("F6"), Grade.parse("A3"));

        assertThat(grades.stream().sorted().map(Grade::toString)).containsExactly("A3", "B2", "B4", "C1", "F6");
    }

    @Test
    void the_best_of_several_grades_is_the_first_in_that_order_and_none_gives_none() {
        assertThat(Grade.best(List.of(Grade.parse("D1"), Grade.parse("c2")))).contains(Grade.parse("C2"));
        assertThat(Grade.best(List.of())).isEmpty();
    }

    @Test
    void below_means_later_in_the_order() {
        assertThat(Grade.parse("C4").isBelow(Grade.parse("C3"))).isTrue();
        assertThat(Grade.parse("B6").isBelow(Grade.parse("C3"))).isFalse();
        assertThat(Grade.parse("C3").isBelow(Grade.parse("C3"))).isFalse();
    }

    @Test
    void a_grade_outside_the_scale_is_rejected_with_the_scale() {
        assertThatThrownBy(() -> Grade.parse("G1")).hasMessageContaining("A-F and 1-6");
        assertThatThrownBy(() -> Grade.parse("B7")).hasMessageContaining("A-F and 1-6");
        assertThatThrownBy(() -> Reliability.parse("X")).hasMessageContaining("A, B, C, D, E, F");
        assertThatThrownBy(() -> Credibility.parse("0")).hasMessageContaining("1, 2, 3, 4, 5, 6");
    }

    @Test
    void a_citation_has_a_grade_only_with_a_graded_source_and_its_own_credibility() {
        Source graded = new Source("web", "web", "A page", "Pub", null, null, "https://example.org", null, null,
                Reliability.B, "wire service", null);
        Source ungraded = new Source("web", "web", "A page", "Pub", null, null, "https://example.org", null, null);

        assertThat(new Citation("web", null, "q", Credibility.PROBABLY_TRUE, false).grade(graded)).contains(Grade.parse("B2"));
        assertThat(new Citation("web", null, "q", null, false).grade(graded)).isEmpty();
        assertThat(new Citation("web", null, "q", Credibility.CONFIRMED, false).grade(ungraded)).isEmpty();
    }

    @Test
    void a_source_marking_a_field_unknown_must_say_why() {
        assertThatThrownBy(() -> new Source("web", "web", "A page", null, null, null, "https://example.org", null, null,
                Reliability.C, "regional outlet", "publisher")).hasMessageContaining("publisher needs a reason");
        assertThatThrownBy(() -> new Source("web", "web", "A page", null, null, null, "https://example.org", null, null,
                Reliability.C, "regional outlet", "colour: grey")).hasMessageContaining("'colour' is not one of");
        assertThat(new Source("web", "web", "A page", null, null, null, "https://example.org", null, null, Reliability.C,
                "regional outlet", "publisher: the page names none|date: undated").unknownFields())
                .containsEntry("publisher", "the page names none").containsEntry("date", "undated");
    }
}
