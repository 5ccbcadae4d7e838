package org.influenceatlas.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Where each part of the dataset lives below the data folder, and the folder's version. */
final class DatasetFiles {

    static final String COUNTRIES = "countries.csv";
    static final String ORGANISATIONS = "organisations.csv";
    static final String MEMBERSHIPS = "memberships.csv";
    static final String STANCES = "stances.csv";
    static final String PRESENCE = "presence.csv";
    static final String PRESENCE_HISTORY = "presence_history.csv";
    static final String CORRIDORS = "corridors.csv";
    static final String CORRIDOR_SEGMENTS = "corridor_segments.csv";
    static final String EVENTS = "events.csv";
    static final String SOURCES_DIR = "sources";
    static final String CITATIONS_DIR = "citations";

    private final Path root;

    DatasetFiles(Path root) {
        this.root = root;
    }

    Path file(String name) {
        return root.resolve(name);
    }

    List<Path> sourceFiles() {
        return csvFilesIn(SOURCES_DIR);
    }

    List<Path> citationFiles() {
        return csvFilesIn(CITATIONS_DIR);
    }

    private List<Path> csvFilesIn(String dir) {
        Path folder = root.resolve(dir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SHA-256 over every file's relative path and bytes, in a fixed order. Any edit to the data
     * changes it, so a re-import never depends on someone remembering to bump a number.
     */
    String version() {
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
