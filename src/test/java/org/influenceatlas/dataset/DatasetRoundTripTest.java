package org.influenceatlas.dataset;

import org.influenceatlas.Application;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.base.History;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.SourceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export writes the database back in the data/ format: imported into an empty database it
 * gives the same content, imported into the database it came from it changes nothing, and
 * exporting the copy gives the same files. Run on the bundled dataset, whose quotes, commas,
 * line breaks and partial dates are the cases an export must carry.
 */
@SpringBootTest
@ActiveProfiles("test")
class DatasetRoundTripTest {

    @Autowired
    DatasetExporter exporter;
    @Autowired
    DatasetImporter importer;
    @Autowired
    History history;
    @Autowired
    SourceService sources;
    @Autowired
    CountryService countries;
    @Autowired
    AlignmentService alignments;
    @Autowired
    PresenceService presences;
    @Autowired
    CorridorService corridors;
    @Autowired
    EventService events;
    @Autowired
    BriefingService briefings;

    @Value("${atlas.data.dir}")
    Path data;
    @TempDir
    Path exported;
    @TempDir
    Path exportedAgain;

    @Test
    void an_export_imported_into_an_empty_database_gives_the_same_content() throws IOException {
        exporter.export(exported);

        try (ConfigurableApplicationContext copy = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles("test")
                // Vaadin needs a web context; the copy listens on a free port of its own. Arguments, not
                // default properties: those rank below application.properties and would be ignored.
                .run("--server.port=0", "--atlas.data.dir=" + exported,
                        "--spring.datasource.url=jdbc:h2:mem:copy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            assertThat(copy.getEnvironment().getProperty("atlas.data.dir")).isEqualTo(exported.toString());
            same(copy, SourceService.class, SourceService::all, sources);
            same(copy, SourceService.class, SourceService::citationsByFact, sources);
            same(copy, CountryService.class, CountryService::all, countries);
            same(copy, CountryService.class, CountryService::boundaries, countries);
            same(copy, AlignmentService.class, AlignmentService::organisations, alignments);
            same(copy, AlignmentService.class, AlignmentService::all, alignments);
            same(copy, PresenceService.class, PresenceService::all, presences);
            same(copy, CorridorService.class, CorridorService::all, corridors);
            same(copy, EventService.class, EventService::all, events);
            // A briefing written in the app comes back as a bundled one: the export is the next release.
            // An export is a release: it carries the published briefings, not editors' drafts.
            same(copy, BriefingService.class, s -> s.all().stream().filter(Briefing::published)
                    .map(DatasetRoundTripTest::content).toList(), briefings);

            copy.getBean(DatasetExporter.class).export(exportedAgain);
        }
        assertThat(files(exportedAgain)).isEqualTo(files(exported));
        for (Path file : files(exported)) {
            assertThat(Files.readString(exportedAgain.resolve(file))).as(file.toString()).isEqualTo(Files.readString(exported.resolve(file)));
        }
    }

    @Test
    void an_export_imported_into_the_database_it_came_from_changes_nothing() {
        exporter.export(exported);
        long before = history.latest();

        try {
            importer.importAll(exported);

            assertThat(history.since(java.time.Instant.EPOCH, before, 5)).as("revisions written by importing the export")
                    .extracting(r -> r.entityType() + " " + r.entityId() + " " + r.action() + " " + r.before() + " -> " + r.after())
                    .isEmpty();
        } finally {
            // The context is shared: leave it on the bundled dataset's version, as other tests expect.
            importer.importAll(data);
        }
    }

    private static <S, T> void same(ConfigurableApplicationContext copy, Class<S> type, Function<S, T> read, S original) {
        assertThat(read.apply(copy.getBean(type))).as(type.getSimpleName()).isEqualTo(read.apply(original));
    }

    /** A briefing without its version, which counts saves in the database it lives in, and its origin. */
    private static Briefing content(Briefing b) {
        return new Briefing(b.slug(), b.title(), b.summary(), b.author(), b.created(), b.updated(), b.dataAsOf(), true, 0, b.slides(), b.knownOn());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
