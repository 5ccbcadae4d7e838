package org.influenceatlas.base;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Partial dates, periods, record dates and plain text: every input is either a valid value or a refusal naming the field. */
class ParserProperties {

    @Property(tries = 300)
    void a_partial_date_is_exactly_its_text_or_refused(@ForAll("dates") String text) {
        try {
            PartialDate date = PartialDate.parse(text);
            assertThat(date.toString()).isEqualTo(text);
            assertThat(date.year()).isBetween(PartialDate.MIN_YEAR, PartialDate.MAX_YEAR);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
        }
    }

    @Property(tries = 200)
    void a_period_never_ends_before_it_starts(@ForAll("dates") String from, @ForAll("dates") String to) {
        try {
            Period period = Period.parse(from, to);
            period.end().ifPresent(end -> assertThat(end.lastDay()).isAfterOrEqualTo(period.from().firstDay()));
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void a_record_date_is_in_range_or_refused_naming_its_field(@ForAll("dates") String text) {
        LocalDate today = LocalDate.of(2026, 12, 2);
        try {
            LocalDate day = RecordDates.check("created", RecordDates.parse("created", text), today);
            assertThat(day).isBetween(RecordDates.EARLIEST, today.plusYears(1));
            assertThat(day.toString()).isEqualTo(text);
        } catch (InvalidField e) {
            assertThat(e.field()).isEqualTo("created");
            assertThat(e.getMessage()).startsWith("created: ");
        }
    }

    @Property(tries = 300)
    void accepted_plain_text_holds_no_control_or_bidi_character(@ForAll("texts") String text) {
        try {
            String kept = PlainText.line("title", text, 40);
            assertThat(kept.chars()).noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069));
            assertThat(kept.length()).isLessThanOrEqualTo(40);
        } catch (InvalidField e) {
            assertThat(e.field()).isEqualTo("title");
        }
    }

    @Provide
    Arbitrary<String> dates() {
        return net.jqwik.api.Arbitraries.oneOf(Nasty.near("2020-01-01"), Nasty.near("2020-02"), Nasty.near("1999"),
                net.jqwik.api.Arbitraries.strings().withChars("0123456789-").ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> texts() {
        return Nasty.text();
    }
}
