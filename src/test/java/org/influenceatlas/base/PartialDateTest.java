package org.influenceatlas.base;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    @Test
    void a_year_spans_the_whole_year() {
        PartialDate year = PartialDate.parse("2023");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void a_month_spans_the_whole_month_including_leap_days() {
        PartialDate month = PartialDate.parse("2024-02");
        assertThat(month.firstDay()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(month.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void a_full_date_is_one_day_and_prints_as_parsed() {
        PartialDate day = PartialDate.parse("2023-09-19");
        assertThat(day.firstDay()).isEqualTo(day.lastDay()).isEqualTo(LocalDate.of(2023, 9, 19));
        assertThat(day).hasToString("2023-09-19");
        assertThat(PartialDate.parse("2023-09")).hasToString("2023-09");
    }

    @Test
    void malformed_dates_are_rejected_with_the_expected_form() {
        assertThatThrownBy(() -> PartialDate.parse("19/09/2023")).hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatThrownBy(() -> PartialDate.parse("2023-13")).hasMessageContaining("month 13");
        assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).hasMessageContaining("no such day");
    }

    @Test
    void earlier_dates_sort_first_and_on_the_same_start_the_narrower_one_does() {
        assertThat(PartialDate.parse("2023-01")).isLessThan(PartialDate.parse("2023"));
        assertThat(PartialDate.parse("2022-12-31")).isLessThan(PartialDate.parse("2023"));
    }
}
