package org.influenceatlas.dataset;

import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.source.Citation;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SpringBootTest(properties = "atlas.data.dir=" + DatasetImporterTest.FIXTURE)
@ActiveProfiles("test")
class DatasetImporterTest {

    static final String FIXTURE = "src/test/resources/fixture-data";

    @Autowired
    DatasetImporter importer;
    @Autowired
    PresenceService presences;
    @Autowired
    AlignmentService alignments;
    @Autowired
    SourceService sources;
    @Autowired
    BriefingService briefings;

    @TempDir
    Path copy;

    @BeforeEach
    void startFromTheFixture() throws IOException {
        importer.importAll(Path.of(FIXTURE));
        Fixture.copyTo(copy);
    }

    @Test
    void the_fixture_imports_every_row_with_its_citations_and_quotes() {
        assertThat(presences.all()).hasSize(2);
        assertThat(presences.all().get(1).history()).hasSize(2);
        assertThat(alignments.all()).hasSize(3);
        assertThat(presences.all().get(0).citations()).extracting("sourceId").containsExactly("art-test", "web-test");
        assertThat(presences.all().get(0).citations().get(0).quote()).isEqualTo("Russia keeps its base in Gyumri.");
    }

    @Test
    void a_curation_note_is_stored_apart_from_its_fact() throws IOException {
        edit("stances.csv", "CSTO freeze.,,web-test", "CSTO freeze.,corrected: date from the decree,web-test");
        importer.importAll(copy);

        assertThat(sources.curationNotes()).containsEntry("ST-ARM-2", "corrected: date from the decree");
        assertThat(alignments.all().toString()).doesNotContain("corrected: date from the decree");
        importer.importAll(Path.of(FIXTURE));
    }

    @Test
    void the_layers_checked_to_days_and_an_offshore_mark_are_stored() throws IOException {
        edit("presence.csv", "\"~3,000\",,,,art-test", "\"~3,000\",,yes,,art-test");
        importer.importAll(copy);

        assertThat(presences.find("RUS-ARM-01").orElseThrow().offshore()).isTrue();
        assertThat(sources.layerChecks()).extracting(org.influenceatlas.source.LayerCheck::layer)
                .containsExactlyInAnyOrder("military-presence", "corridors", "alignments", "events");
        importer.importAll(Path.of(FIXTURE));
    }

    @Test
    void an_unchanged_dataset_is_not_imported_again() {
        assertThat(importer.importIfChanged(Path.of(FIXTURE))).isFalse();
    }

    @Test
    void a_fact_without_a_source_is_rejected() throws IOException {
        edit("presence.csv", ",art-test;web-test", ",");
        assertRejected("presence.csv line 2, field sources: is missing");
    }

    @Test
    void a_fact_citing_an_unknown_source_is_rejected() throws IOException {
        edit("stances.csv", "CSTO freeze.,,web-test", "CSTO freeze.,,no-such-source");
        assertRejected("stances.csv line 3, field sources: unknown source 'no-such-source'");
    }

    @Test
    void a_latitude_of_95_is_rejected() throws IOException {
        edit("presence.csv", "40.7833,43.8333", "95,43.8333");
        assertRejected("presence.csv line 2, field lat: latitude 95.0 is outside -90..90");
    }

    @Test
    void an_end_before_its_start_is_rejected() throws IOException {
        edit("memberships.csv", "1992-05-15,2024-02-21", "2024-05-15,2024-02-21");
        assertRejected("memberships.csv line 2, field to: end 2024-02-21 is before start 2024-05-15");
    }

    @Test
    void an_unknown_country_code_is_rejected() throws IOException {
        edit("presence.csv", "army-base,RUS,ARM", "army-base,RUS,XYZ");
        assertRejected("presence.csv line 2, field host: unknown country code 'XYZ'");
    }

    @Test
    void a_malformed_boundary_geometry_is_rejected() throws IOException {
        edit("boundaries/countries.geojson", "[43.5,41.2]]]}", "[43.5,41.0]]]}");
        assertRejected("boundaries/countries.geojson line 2, field geometry: ARM: a ring is not closed");
    }

    @Test
    void a_malformed_route_is_rejected() throws IOException {
        edit("corridor_segments.csv", "Meghri (38.9000,46.2500)", "Meghri 38.9 46.25");
        assertRejected("corridor_segments.csv line 2, field waypoints: 'Meghri 38.9 46.25' is not of the form Place (lat,lon)");
    }

    @Test
    void a_duplicate_id_is_rejected_even_across_files() throws IOException {
        edit("events.csv", "EV-TEST-1,", "RUS-ARM-01,");
        assertRejected("events.csv line 2, field id: duplicate id RUS-ARM-01 (first at presence.csv line 2)");
    }

    @Test
    void a_word_outside_the_vocabulary_is_rejected_with_the_allowed_words() throws IOException {
        edit("presence.csv", "army-base,RUS,ARM", "fortress,RUS,ARM");
        assertRejected("presence.csv line 2, field kind: 'fortress' is not one of army-base, air-base");
    }

    @Test
    void a_quote_for_a_source_the_fact_does_not_cite_is_rejected() throws IOException {
        edit("citations/test.csv", "RUS-ARM-01,art-test", "RUS-AZE-01,art-test");
        assertRejected("citations/test.csv line 2, field source: 'art-test' is not among the sources of RUS-AZE-01");
    }

    @Test
    void every_problem_is_reported_in_one_run() throws IOException {
        edit("presence.csv", "40.7833,43.8333", "95,43.8333");
        edit("memberships.csv", "1992-05-15,2024-02-21", "2024-05-15,2024-02-21");
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> importer.importAll(copy));
        assertThat(e.problems()).extracting(ImportProblem::file).contains("presence.csv", "memberships.csv");
    }

    @Test
    void a_bundled_briefing_is_imported_with_its_slides_and_citations() {
        Briefing briefing = briefings.find("test-briefing").orElseThrow();
        assertThat(briefing.slides()).hasSize(2);
        assertThat(briefing.slide(1).map().selection()).as("a bare id keeps the layer of its feature")
                .contains(new org.influenceatlas.layer.Selection("military-presence", "RUS-ARM-01"));
        assertThat(briefing.slide(1).map().organisation()).contains("CSTO");
        assertThat(briefing.slide(2).map().highlighted()).containsExactly("RUS-AZE-01", "EV-TEST-1");
        assertThat(briefing.slide(1).citations()).extracting(Citation::sourceId, Citation::locator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("art-test", "line 2"));
    }

    @Test
    void a_slide_naming_an_unknown_feature_is_rejected_with_file_and_line() throws IOException {
        edit("briefings/test-briefing.md", "select=RUS-ARM-01", "select=RUS-ARM-99");
        assertRejected("briefings/test-briefing.md line 11, field select: unknown feature 'RUS-ARM-99'");
    }

    @Test
    void a_slide_citing_an_unknown_source_is_rejected_with_file_and_line() throws IOException {
        edit("briefings/test-briefing.md", "[@web-test]", "[@no-such-source]");
        assertRejected("briefings/test-briefing.md line 18, field citation: unknown source 'no-such-source'");
    }

    @Test
    void a_slide_without_a_map_line_is_rejected() throws IOException {
        edit("briefings/test-briefing.md", "map: asOf=2024-07-01", "asOf=2024-07-01");
        assertRejected("briefings/test-briefing.md line 16, field map: slide 'The peacekeepers leave' needs a 'map:' line");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("fixture text to replace in " + file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    /** The import fails with that message and the database keeps exactly what it had. */
    private void assertRejected(String message) {
        String versionBefore = importer.currentVersion().orElseThrow();
        int sourcesBefore = sources.all().size();
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> importer.importAll(copy));
        assertThat(e).as("import should have been rejected").isNotNull();
        assertThat(e.getMessage()).contains(message);
        assertThat(importer.currentVersion()).contains(versionBefore);
        assertThat(sources.all()).hasSize(sourcesBefore);
        assertThat(presences.all()).hasSize(2);
    }
}
