package org.influenceatlas.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Loads data/ into the database. The whole dataset is read and checked before anything is
 * written, and the writes share one transaction, so a bad file leaves the previous content
 * in place and a crash mid-import rolls back.
 */
@Service
public class DatasetImporter {

    private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final SourceService sources;
    private final CountryService countries;
    private final AlignmentService alignments;
    private final PresenceService presences;
    private final CorridorService corridors;
    private final EventService eventService;
    private final BriefingService briefings;

    DatasetImporter(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events, SourceService sources,
                    CountryService countries, AlignmentService alignments, PresenceService presences,
                    CorridorService corridors, EventService eventService, BriefingService briefings) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.sources = sources;
        this.countries = countries;
        this.alignments = alignments;
        this.presences = presences;
        this.corridors = corridors;
        this.eventService = eventService;
        this.briefings = briefings;
    }

    /** The version of the dataset now in the database, if any was imported. */
    @Transactional(readOnly = true)
    public Optional<String> currentVersion() {
        return jdbc.sql("SELECT version FROM dataset_version WHERE id = 1").query(String.class).optional();
    }

    /** Imports the folder if its content differs from what was imported last; returns whether it did. */
    @Transactional
    public boolean importIfChanged(Path root) {
        String version = new DatasetFiles(root).version();
        if (currentVersion().filter(version::equals).isPresent()) {
            log.info("Dataset {} is already loaded", version.substring(0, 12));
            return false;
        }
        importNow(root, version);
        return true;
    }

    /** Imports the folder whatever is loaded now. Throws {@link InvalidDatasetException} and writes nothing on bad data. */
    @Transactional
    public void importAll(Path root) {
        importNow(root, new DatasetFiles(root).version());
    }

    private void importNow(Path root, String version) {
        Dataset dataset = new DatasetReader(root, new BoundaryReader(json)).read(version);
        // Foreign keys point from facts to countries and sources: clear the facts first, then
        // write parents before children.
        alignments.replaceAll(List.of(), List.of(), List.of());
        presences.replaceAll(List.of());
        corridors.replaceAll(List.of());
        eventService.replaceAll(List.of());
        countries.replaceAll(List.of(), List.of());
        sources.replaceAll(dataset.sources(), dataset.citationsByFact());
        countries.replaceAll(dataset.countries(), dataset.boundaries());
        alignments.replaceAll(dataset.organisations(), dataset.memberships(), dataset.stances());
        presences.replaceAll(dataset.presences());
        corridors.replaceAll(dataset.corridors());
        eventService.replaceAll(dataset.events());
        briefings.replaceBundled(dataset.briefings());
        jdbc.sql("DELETE FROM dataset_version").update();
        jdbc.sql("INSERT INTO dataset_version (id, version, imported_at) VALUES (1, ?, ?)")
                .params(version, Timestamp.from(Instant.now()))
                .update();
        events.publishEvent(new DatasetImported(version));
        log.info("Imported dataset {}: {} sources, {} countries, {} presences, {} corridors, {} memberships, {} stances, {} events, {} briefings",
                version.substring(0, 12), dataset.sources().size(), dataset.countries().size(), dataset.presences().size(),
                dataset.corridors().size(), dataset.memberships().size(), dataset.stances().size(), dataset.events().size(),
                dataset.briefings().size());
    }
}
