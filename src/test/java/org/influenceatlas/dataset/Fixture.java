package org.influenceatlas.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The fixture dataset (src/test/resources/fixture-data), and copies of it for tests that edit a file. */
final class Fixture {

    static final Path ROOT = Path.of(DatasetImporterTest.FIXTURE);

    private Fixture() {
    }

    /** Copies every file of the fixture into the folder, keeping the layout. */
    static void copyTo(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(ROOT.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }
}
