package org.influenceatlas.base;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @Test
    void an_end_before_the_start_is_rejected() {
        assertThatThrownBy(() -> Period.parse("2024-02-22", "2024-02-21")).hasMessageContaining("before start");
    }

    @Test
    void an_end_within_the_start_year_is_allowed_because_partial_dates_overlap() {
        Period period = Period.parse("2023", "2023-03");
        assertThat(period.contains(LocalDate.of(2023, 3, 31))).isTrue();
        assertThat(period.contains(LocalDate.of(2023, 4, 1))).isFalse();
    }

    @Test
    void an_open_period_contains_every_day_from_its_start() {
        Period open = Period.parse("2020-11-10", "");
        assertThat(open.isOpen()).isTrue();
        assertThat(open.contains(LocalDate.of(2020, 11, 9))).isFalse();
        assertThat(open.contains(LocalDate.of(2020, 11, 10))).isTrue();
        assertThat(open.contains(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void the_end_day_is_inclusive() {
        Period period = Period.parse("1992-05-15", "2024-02-21");
        assertThat(period.contains(LocalDate.of(2024, 2, 21))).isTrue();
        assertThat(period.contains(LocalDate.of(2024, 2, 22))).isFalse();
    }
}
