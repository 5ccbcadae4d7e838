package org.influenceatlas.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The trust rules of issue 9 over a copy of the fixture dataset: in strict mode each breach is
 * refused with its file, line and field; in report mode the same dataset is read and the breach
 * listed. The fixture itself keeps every rule.
 */
class DataRulesTest {

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheFixture() throws IOException {
        Fixture.copyTo(copy);
    }

    @Test
    void the_fixture_keeps_every_rule_in_strict_mode() {
        Dataset dataset = read(DataRules.Mode.STRICT);

        assertThat(dataset.breaches()).isEmpty();
        assertThat(dataset.layerChecks()).hasSize(4);
    }

    @Test
    void a_source_without_a_publisher_is_refused_unless_it_is_marked_unknown_with_a_reason() throws IOException {
        edit("sources/articles.csv", "A test page,example.org,", "A test page,,");
        assertRefused("sources/articles.csv line 3, field publisher: is missing; give it, or mark it in 'unknown'");

        edit("sources/articles.csv", "Test page from a regional outlet,,", "Test page from a regional outlet,publisher,");
        InvalidDatasetException noReason = catchThrowableOfType(InvalidDatasetException.class, () -> read(DataRules.Mode.REPORT));
        assertThat(noReason.getMessage()).contains("sources/articles.csv line 3, field unknown: unknown: publisher needs a reason");

        edit("sources/articles.csv", "regional outlet,publisher,", "regional outlet,publisher: the page names none,");
        assertThat(read(DataRules.Mode.STRICT).breaches()).isEmpty();
    }

    @Test
    void a_source_without_a_date_is_refused() throws IOException {
        edit("sources/articles.csv", "example.org,,2024,", "example.org,,,");
        assertRefused("sources/articles.csv line 3, field date: is missing");
    }

    @Test
    void a_source_without_a_reliability_grade_is_refused() throws IOException {
        edit("sources/articles.csv", ",C,Test page", ",,Test page");
        assertRefused("sources/articles.csv line 3, field reliability: is missing: every source needs a reliability grade A-F");
    }

    @Test
    void a_reliability_grade_without_its_reason_is_refused() throws IOException {
        edit("sources/articles.csv", ",C,Test page from a regional outlet,", ",C,,");
        assertRefused("sources/articles.csv line 3, field reliability_reason: is missing");
    }

    @Test
    void a_citation_without_a_locator_or_a_quote_is_refused() throws IOException {
        edit("citations/test.csv", "ST-ARM-2,web-test,,Relations became strained after the freeze.,3,", "ST-ARM-2,web-test,,,3,");
        assertRefused("citations/test.csv line 11, field quote: needs a locator or a quote");
    }

    @Test
    void a_citation_without_a_credibility_grade_is_refused() throws IOException {
        edit("citations/test.csv", "after the freeze.,3,", "after the freeze.,,");
        assertRefused("citations/test.csv line 11, field credibility: is missing: every citation needs a credibility grade 1-6");
    }

    @Test
    void a_fact_citing_a_source_without_a_citation_row_is_refused_at_its_sources() throws IOException {
        edit("citations/test.csv", "MEM-RUS-CSTO-1,web-test,,Russia is a founding member of the CSTO.,1,\n", "");
        assertRefused("memberships.csv line 4, field sources: 'web-test' has no row in citations/ with a locator or a quote");
    }

    @Test
    void a_fact_resting_only_on_a_partys_own_claims_is_refused() throws IOException {
        edit("citations/test.csv", "after the freeze.,3,", "after the freeze.,3,yes");
        assertRefused("citations/test.csv line 11, field claim: every citation of ST-ARM-2 is a party's own claim");
    }

    @Test
    void a_presence_outside_its_host_country_is_refused_unless_it_is_marked_offshore() throws IOException {
        edit("presence.csv", "40.7833,43.8333", "40.4093,49.8671");
        assertRefused("presence.csv line 2, field lat: (40.4093,49.8671) is ");
        assertRefused("km outside ARM; move it, or mark the row offshore=yes");

        edit("presence.csv", "\"~3,000\",,,,art-test", "\"~3,000\",,yes,,art-test");
        assertThat(read(DataRules.Mode.STRICT).breaches()).isEmpty();
    }

    @Test
    void a_point_on_the_coast_within_the_outlines_tolerance_is_inside() throws IOException {
        // 5 km east of the fixture's Azerbaijan outline (its east edge is at 50.5°E).
        edit("presence.csv", "39.8153,46.7519", "40.0000,50.5590");
        assertThat(read(DataRules.Mode.STRICT).breaches()).isEmpty();
    }

    @Test
    void an_event_outside_its_countries_is_refused() throws IOException {
        edit("events.csv", "39.8153,46.7519", "42.0000,44.0000");
        assertRefused("events.csv line 2, field lat: (42.0000,44.0000) is ");
        assertRefused("km outside ARM|AZE");
    }

    @Test
    void an_event_at_a_site_must_use_the_sites_point() throws IOException {
        edit("events.csv", "Test summary.,,", "Test summary.,RUS-AZE-01,");
        assertThat(read(DataRules.Mode.STRICT).breaches()).isEmpty();

        edit("events.csv", "39.8153,46.7519", "39.9000,46.7519");
        assertRefused("events.csv line 2, field lat: the point is 9.4 km from its site RUS-AZE-01 (39.8153,46.7519)");
    }

    @Test
    void an_event_naming_an_unknown_site_is_refused_in_either_mode() throws IOException {
        edit("events.csv", "Test summary.,,", "Test summary.,RUS-XXX-01,");
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> read(DataRules.Mode.REPORT));
        assertThat(e.getMessage()).contains("events.csv line 2, field site: unknown presence 'RUS-XXX-01'");
    }

    @Test
    void a_briefing_claiming_data_newer_than_its_layers_were_checked_to_is_refused() throws IOException {
        edit("briefings/test-briefing.md", "data-as-of: 2026-11-01", "data-as-of: 2026-11-30");
        assertRefused("briefings/test-briefing.md line 7, field data-as-of: data-as-of 2026-11-30 is after 2026-11-10");
    }

    @Test
    void a_layer_without_a_checked_to_date_is_refused() throws IOException {
        edit("layers.csv", "events,2026-11-15,Fixture.\n", "");
        assertRefused("layers.csv line 1, field layer: layer events has no row");
    }

    @Test
    void a_checked_to_date_that_is_not_a_day_is_refused_in_either_mode() throws IOException {
        edit("layers.csv", "events,2026-11-15", "events,2026-11");
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> read(DataRules.Mode.REPORT));
        assertThat(e.getMessage()).contains("layers.csv line 5, field checked_to: '2026-11' is not a date of the form YYYY-MM-DD");
    }

    @Test
    void report_mode_reads_a_dataset_that_breaks_the_rules_and_lists_each_breach_by_rule() throws IOException {
        edit("presence.csv", "40.7833,43.8333", "40.4093,49.8671");
        edit("citations/test.csv", "after the freeze.,3,", "after the freeze.,,");

        Dataset dataset = read(DataRules.Mode.REPORT);

        assertThat(dataset.breaches()).extracting(DataRules.Breach::rule)
                .containsExactlyInAnyOrder(DataRules.Rule.OUTSIDE_HOST, DataRules.Rule.CITATION_GRADE);
        assertThat(dataset.breaches()).extracting(DataRules.Breach::fact).containsExactlyInAnyOrder("RUS-ARM-01", "ST-ARM-2");
        assertThat(dataset.presences()).hasSize(2);
    }

    private Dataset read(DataRules.Mode mode) {
        return new DatasetReader(copy, new BoundaryReader(new ObjectMapper()), mode).read("test");
    }

    private void assertRefused(String message) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> read(DataRules.Mode.STRICT));
        assertThat(e).as("strict rules should refuse the dataset").isNotNull();
        assertThat(e.getMessage()).contains(message);
        assertThat(read(DataRules.Mode.REPORT).breaches()).as("report mode lists what strict refuses").isNotEmpty();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("fixture text to replace in " + file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @SuppressWarnings("unused")
    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }
}
