package org.influenceatlas.dataset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Brings the database up to the bundled dataset on start. A bad dataset stops the start with
 * the list of problems: serving stale data silently would be worse.
 */
@Component
@Order(0)
class DatasetLoader implements ApplicationRunner {

    private final DatasetImporter importer;
    private final Path dataDir;
    private final boolean enabled;

    DatasetLoader(DatasetImporter importer, @Value("${atlas.data.dir:data}") Path dataDir,
                  @Value("${atlas.data.import-on-start:true}") boolean enabled) {
        this.importer = importer;
        this.dataDir = dataDir;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalStateException("Dataset folder " + dataDir.toAbsolutePath() + " does not exist; set atlas.data.dir");
        }
        importer.importIfChanged(dataDir);
    }
}
