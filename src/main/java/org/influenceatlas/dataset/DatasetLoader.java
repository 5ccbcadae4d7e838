package org.influenceatlas.dataset;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Brings the database up to the bundled dataset on start, before the web server accepts a
 * request, so that nobody sees an empty map during the first import. A bad dataset stops the
 * start with the list of problems: serving stale data silently would be worse.
 */
@Component
class DatasetLoader implements SmartInitializingSingleton {

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
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalStateException("Dataset folder " + dataDir.toAbsolutePath() + " does not exist; set atlas.data.dir");
        }
        importer.importIfChanged(dataDir);
    }
}
