package org.influenceatlas.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.History;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.country.CountryService;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Loads data/ into the database. The whole dataset is read and checked before anything is
 * written, and the writes share one transaction, so a bad file leaves the previous content
 * in place and a crash mid-import rolls back. Every fact that differs from what the database
 * holds is written as a new version by "dataset import" through its feature service; facts no
 * longer in the dataset are retired, never deleted.
 * <p>
 * After the first import the database, not data/, is the source of truth: a fact edited in the
 * app since the last import is left as edited, and where the new release changes it too the
 * difference is recorded as a conflict for a curator ({@link History#openConflicts}).
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
    private final Clock clock;
    private final History history;
    private final DataRules.Mode rules;

    DatasetImporter(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events, SourceService sources,
                    CountryService countries, AlignmentService alignments, PresenceService presences,
                    CorridorService corridors, EventService eventService, BriefingService briefings, Clock clock,
                    History history, @Value("${atlas.data.rules:report}") String rules) {
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
        this.clock = clock;
        this.history = history;
        this.rules = DataRules.Mode.parse(rules);
    }

    /** The version of the dataset now in the database, if any was imported. */
    @Transactional(readOnly = true)
    public Optional<String> currentVersion() {
        return jdbc.sql("SELECT version FROM dataset_version WHERE id = 1").query(String.class).optional();
    }

    /** Imports the folder if its content differs from what was imported last; returns whether it did. */
    @Transactional
    public boolean importIfChanged(Path root) {
        waitForOtherImports();
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
        waitForOtherImports();
        importNow(root, new DatasetFiles(root).version());
    }

    /** Nodes sharing a database import one at a time: the lock is held until this transaction ends. */
    private void waitForOtherImports() {
        jdbc.sql("SELECT id FROM import_lock WHERE id = 1 FOR UPDATE").query(Integer.class).optional();
    }

    private void importNow(Path root, String version) {
        long started = System.nanoTime();
        Dataset dataset = new DatasetReader(root, new BoundaryReader(json), rules).read(version);
        Change change = Change.datasetImport("dataset " + version.substring(0, 12));
        history.closeConflicts();
        sources.replaceAll(change, dataset.sources(), dataset.citationsByFact());
        sources.replaceLayerChecks(change, dataset.layerChecks());
        sources.replaceCurationNotes(change, dataset.curationNotes());
        countries.replaceAll(change, dataset.countries(), dataset.boundaries());
        alignments.replaceAll(change, dataset.organisations(), dataset.memberships(), dataset.stances());
        presences.replaceAll(change, dataset.presences());
        corridors.replaceAll(change, dataset.corridors());
        eventService.replaceAll(change, dataset.events());
        briefings.replaceBundled(change, dataset.briefings());
        jdbc.sql("DELETE FROM dataset_version").update();
        jdbc.sql("INSERT INTO dataset_version (id, version, imported_at) VALUES (1, ?, ?)")
                .params(version, Timestamp.from(clock.instant()))
                .update();
        List<History.RecordedConflict> conflicts = history.openConflicts(0, 1000);
        conflicts.forEach(c -> log.warn("Dataset {} left {} {} as edited here; the bundled version differs (see /api/v1/import-conflicts)",
                version.substring(0, 12), c.entityType(), c.entityId()));
        events.publishEvent(new DatasetImported(version));
        log.info("Imported dataset {} in {} ms: {} sources, {} countries, {} presences, {} corridors, {} memberships, {} stances, {} events, {} briefings",
                version.substring(0, 12), (System.nanoTime() - started) / 1_000_000, dataset.sources().size(), dataset.countries().size(), dataset.presences().size(),
                dataset.corridors().size(), dataset.memberships().size(), dataset.stances().size(), dataset.events().size(),
                dataset.briefings().size());
    }
}
