package org.influenceatlas.alignment;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.source.Citation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentTest {

    private static final CountryCode ARM = CountryCode.of("ARM");
    private static final List<Citation> CITED = List.of(Citation.of("web-test"));

    private final Alignment armenia = new Alignment(ARM,
            List.of(new Membership("m2", ARM, "CSTO", Relation.FROZEN, Period.parse("2024-02-22", null), null, CITED),
                    new Membership("m1", ARM, "CSTO", Relation.MEMBER, Period.parse("1992-05-15", "2024-02-21"), null, CITED)),
            List.of(new Stance("s2", ARM, PartialDate.parse("2024-02"), StanceValue.STRAINED, null, CITED),
                    new Stance("s1", ARM, PartialDate.parse("2008"), StanceValue.ALLY, null, CITED)));

    @Test
    void the_membership_on_a_day_is_the_one_whose_period_holds_it() {
        assertThat(armenia.membershipsOn(LocalDate.of(2020, 1, 1))).extracting(Membership::relation).containsExactly(Relation.MEMBER);
        assertThat(armenia.membershipsOn(LocalDate.of(2025, 6, 1))).extracting(Membership::relation).containsExactly(Relation.FROZEN);
    }

    @Test
    void the_stance_on_a_day_is_the_latest_taken_before_it() {
        assertThat(armenia.stanceOn(LocalDate.of(2023, 12, 31))).map(Stance::value).contains(StanceValue.ALLY);
        assertThat(armenia.stanceOn(LocalDate.of(2024, 2, 1))).map(Stance::value).contains(StanceValue.STRAINED);
    }

    @Test
    void before_the_first_stance_there_is_none() {
        assertThat(armenia.stanceOn(LocalDate.of(2007, 12, 31))).isEmpty();
    }

    @Test
    void memberships_and_stances_are_kept_in_date_order() {
        assertThat(armenia.memberships()).extracting(Membership::id).containsExactly("m1", "m2");
        assertThat(armenia.stances()).extracting(Stance::id).containsExactly("s1", "s2");
    }
}
