package org.influenceatlas.dataset;

import org.influenceatlas.base.DatasetNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Brings the database up to the bundled dataset on start, before the web server accepts a
 * request, so that nobody sees an empty map during the first import.
 * <p>
 * A bundled dataset that fails its checks is never imported (the database keeps what it held).
 * What then happens is {@code atlas.data.on-invalid}: {@code keep-serving} logs the problems as
 * an error, keeps serving the dataset already loaded and shows authors a notice; {@code fail}
 * stops the start. Unset, it is {@code keep-serving} once a good dataset has been loaded and
 * {@code fail} on an empty database, which would have nothing to serve.
 */
@Component
class DatasetLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

    private final DatasetImporter importer;
    private final Path dataDir;
    private final boolean enabled;
    private final String onInvalid;
    private final DatasetNotice notice;

    DatasetLoader(DatasetImporter importer, @Value("${atlas.data.dir:data}") Path dataDir,
                  @Value("${atlas.data.import-on-start:true}") boolean enabled,
                  @Value("${atlas.data.on-invalid:}") String onInvalid, DatasetNotice notice) {
        if (!onInvalid.isBlank() && !onInvalid.equals("keep-serving") && !onInvalid.equals("fail")) {
            throw new IllegalArgumentException("atlas.data.on-invalid: '" + onInvalid + "' is not 'keep-serving' or 'fail'");
        }
        this.importer = importer;
        this.dataDir = dataDir;
        this.enabled = enabled;
        this.onInvalid = onInvalid;
        this.notice = notice;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalStateException("Dataset folder " + dataDir.toAbsolutePath() + " does not exist; set atlas.data.dir");
        }
        try {
            importer.importIfChanged(dataDir);
            notice.clear();
        } catch (InvalidDatasetException e) {
            Optional<String> loaded = importer.currentVersion();
            boolean keepServing = onInvalid.equals("keep-serving") || (onInvalid.isBlank() && loaded.isPresent());
            if (!keepServing) {
                throw e;
            }
            String served = loaded.map(v -> "dataset " + v.substring(0, Math.min(12, v.length()))).orElse("no dataset");
            log.error("The bundled dataset in {} was NOT imported; still serving {} (atlas.data.on-invalid=keep-serving). {}",
                    dataDir.toAbsolutePath(), served, e.getMessage());
            notice.set("The bundled dataset was not imported: it has " + e.problems().size()
                    + " problem(s). The atlas still serves " + served + ". Fix the files and restart.",
                    e.problems().stream().map(ImportProblem::toString).toList());
        }
    }
}
