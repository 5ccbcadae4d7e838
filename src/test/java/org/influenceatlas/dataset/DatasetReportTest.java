package org.influenceatlas.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.source.Citation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset report: its arithmetic on the fixture, and the report over the bundled dataset,
 * written to {@code target/dataset-report.md} and printed (the figures the READMEs quote). Run it
 * alone with {@code ./mvnw -q test -Dtest=DatasetReportTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * It pins no figure of the bundled data: those change with every correction.
 */
class DatasetReportTest {

    @Test
    void on_the_fixture_every_graded_fact_but_the_unsourced_stance_has_an_a_to_c_source() {
        DatasetReport report = new DatasetReport(read(Path.of(DatasetImporterTest.FIXTURE)));

        // Every fixture fact cites art-test (B), web-test (C) or natural-earth (A), except ST-AZE-1 (only 'unsourced').
        assertThat(report.facts()).isEqualTo(report.factsWithFairSource() + 1);
        assertThat(report.unsourcedFacts()).containsExactly("ST-AZE-1");
        assertThat(report.sourceReliability()).containsEntry("A", 1L).containsEntry("B", 1L).containsEntry("C", 1L)
                .containsEntry("ungraded", 0L);
        assertThat(report.breachesByRule()).isEmpty();
        assertThat(report.markdown()).contains("| events | 2026-11-15 |");
    }

    @Test
    void a_facts_confidence_is_its_best_graded_citation() {
        DatasetReport report = new DatasetReport(read(Path.of(DatasetImporterTest.FIXTURE)));
        List<Citation> base = report.groups().get(0).facts().get("RUS-ARM-01");

        assertThat(report.confidence(base)).map(Object::toString).contains("B2");
    }

    @Test
    void the_report_over_the_bundled_dataset_is_written_and_printed() throws IOException {
        Dataset dataset = read(Path.of("data"));
        DatasetReport report = new DatasetReport(dataset);

        String markdown = report.markdown();
        Path out = Path.of("target", "dataset-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
        System.out.println(markdown.substring(0, markdown.indexOf("\n## Every breach")));

        assertThat(report.facts()).isEqualTo(dataset.citationsByFact().size());
        assertThat(report.checks()).hasSize(4);
    }

    private static Dataset read(Path root) {
        return new DatasetReader(root, new BoundaryReader(new ObjectMapper()), DataRules.Mode.REPORT).read("report");
    }
}
