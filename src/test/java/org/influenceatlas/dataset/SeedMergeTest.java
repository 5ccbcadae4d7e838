package org.influenceatlas.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.History;
import org.influenceatlas.base.Revision;
import org.influenceatlas.country.Country;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled data is a seed and a release, not a wipe: after the first import the database is
 * the source of truth, a new release is merged into it, and a fact edited here since the last
 * import is kept and reported as a conflict where the release changed it too. Each test starts
 * from a database of its own (the edits are the point), seeded with the fixture.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.data.dir=" + DatasetImporterTest.FIXTURE)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class SeedMergeTest {

    static final Change CURATOR = Change.by("a curator", "corrected from the ministry's statement");

    @Autowired
    DatasetImporter importer;
    @Autowired
    History history;
    @Autowired
    PresenceService presences;
    @Autowired
    CountryService countries;
    @Autowired
    EventService events;
    @LocalServerPort
    int port;

    @TempDir
    Path release;

    @BeforeEach
    void copyTheFixtureAsTheNextRelease() throws IOException {
        Fixture.copyTo(release);
    }

    @Test
    void a_fact_edited_here_survives_a_release_that_changes_it_and_the_conflict_is_reported() throws Exception {
        MilitaryPresence edited = presences.all().get(0);
        MilitaryPresence untouched = presences.all().get(1);
        presences.save(CURATOR, HistoryTest.renamed(edited, "Edited here"));
        replaceInRelease("presence.csv", edited.id() + "," + edited.name() + ",", edited.id() + ",Renamed in the release,");
        replaceInRelease("presence.csv", untouched.id() + "," + untouched.name() + ",", untouched.id() + ",Also renamed,");

        importer.importAll(release);

        assertThat(presences.find(edited.id()).orElseThrow().name()).isEqualTo("Edited here");
        assertThat(presences.find(untouched.id()).orElseThrow().name()).isEqualTo("Also renamed");
        assertThat(last("presence", untouched.id()).author()).isEqualTo(Change.DATASET_IMPORT);
        assertThat(last("presence", edited.id()).author()).isEqualTo("a curator");

        List<History.RecordedConflict> conflicts = history.openConflicts(0, 100);
        assertThat(conflicts).extracting(History.RecordedConflict::entityId).containsExactly(edited.id());
        JsonNode answer = get("/api/v1/import-conflicts");
        JsonNode conflict = answer.get("conflicts").get(0);
        assertThat(conflict.get("entityType").asText()).isEqualTo("presence");
        assertThat(conflict.get("entityId").asText()).isEqualTo(edited.id());
        assertThat(conflict.get("here").get("name").asText()).isEqualTo("Edited here");
        assertThat(conflict.get("bundled").get("name").asText()).isEqualTo("Renamed in the release");
    }

    @Test
    void a_fact_edited_here_that_the_release_leaves_as_it_was_is_kept_without_a_conflict() throws IOException {
        Country country = countries.all().get(0);
        countries.save(CURATOR, new Country(country.code(), country.name() + " (edited)", country.altNames(), country.status(),
                country.claimedBy(), country.notes(), country.citations()));
        MilitaryPresence other = presences.all().get(1);
        replaceInRelease("presence.csv", other.id() + "," + other.name() + ",", other.id() + ",Renamed in the release,");

        importer.importAll(release);

        assertThat(countries.find(country.code()).orElseThrow().name()).isEqualTo(country.name() + " (edited)");
        assertThat(presences.find(other.id()).orElseThrow().name()).isEqualTo("Renamed in the release");
        assertThat(history.openConflicts(0, 100)).isEmpty();
    }

    @Test
    void a_fact_retired_here_stays_retired_and_a_fact_created_here_stays() throws IOException {
        MilitaryPresence retired = presences.all().get(0);
        MilitaryPresence other = presences.all().get(1);
        presences.retire(CURATOR, retired.id());
        Event model = events.all().get(0);
        Event created = new Event("EV-CURATOR-1", model.period(), "Added by a curator", List.of(), model.kind(), model.location(),
                model.precision(), model.place(), model.countries(), model.summary(), model.citations());
        events.save(CURATOR, created);
        replaceInRelease("presence.csv", other.id() + "," + other.name() + ",", other.id() + ",Renamed in the release,");

        importer.importAll(release);

        assertThat(presences.find(retired.id())).isEmpty();
        assertThat(events.find(created.id())).isPresent();
        assertThat(presences.find(other.id()).orElseThrow().name()).isEqualTo("Renamed in the release");
        assertThat(history.openConflicts(0, 100)).isEmpty();
    }

    @Test
    void a_fact_retired_here_that_the_release_changes_stays_retired_and_is_reported() throws IOException {
        MilitaryPresence retired = presences.all().get(0);
        presences.retire(CURATOR, retired.id());
        replaceInRelease("presence.csv", retired.id() + "," + retired.name() + ",", retired.id() + ",Renamed in the release,");

        importer.importAll(release);

        assertThat(presences.find(retired.id())).isEmpty();
        assertThat(history.openConflicts(0, 100)).singleElement().satisfies(c -> {
            assertThat(c.entityId()).isEqualTo(retired.id());
            assertThat(c.here()).as("retired here").isNull();
            assertThat(c.bundled()).contains("Renamed in the release");
        });
    }

    @Test
    void an_edit_put_back_as_it_was_imported_lets_the_release_through() throws IOException {
        MilitaryPresence p = presences.all().get(0);
        presences.save(CURATOR, HistoryTest.renamed(p, "Edited here"));
        presences.save(CURATOR, p);
        replaceInRelease("presence.csv", p.id() + "," + p.name() + ",", p.id() + ",Renamed in the release,");

        importer.importAll(release);

        assertThat(presences.find(p.id()).orElseThrow().name()).isEqualTo("Renamed in the release");
        assertThat(last("presence", p.id()).author()).isEqualTo(Change.DATASET_IMPORT);
        assertThat(history.openConflicts(0, 100)).isEmpty();
    }

    @Test
    void each_import_reports_afresh_so_a_resolved_conflict_closes() throws IOException {
        MilitaryPresence p = presences.all().get(0);
        presences.save(CURATOR, HistoryTest.renamed(p, "Edited here"));
        replaceInRelease("presence.csv", p.id() + "," + p.name() + ",", p.id() + ",Renamed in the release,");
        importer.importAll(release);
        assertThat(history.openConflicts(0, 100)).hasSize(1);

        // The curator takes the release's wording; the next import has nothing left to report.
        presences.save(CURATOR, HistoryTest.renamed(p, "Renamed in the release"));
        importer.importAll(release);

        assertThat(history.openConflicts(0, 100)).isEmpty();
    }

    private void replaceInRelease(String file, String from, String to) throws IOException {
        Path path = release.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as(file + " holds " + from).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private Revision last(String type, String id) {
        List<Revision> revisions = history.of(type, id);
        return revisions.get(revisions.size() - 1);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
