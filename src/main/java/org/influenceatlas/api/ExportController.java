package org.influenceatlas.api;

import jakarta.servlet.http.HttpServletResponse;
import org.influenceatlas.dataset.DatasetExporter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code GET /api/v1/export}: the database as a data/ folder in a zip, the same files the
 * importer reads. With {@code knownOn} it is what the atlas said then. Nothing in it is not
 * already public through the other endpoints.
 */
@RestController
class ExportController {

    private final DatasetExporter exporter;
    private final Clock clock;

    ExportController(DatasetExporter exporter, Clock clock) {
        this.exporter = exporter;
        this.clock = clock;
    }

    @GetMapping("/api/v1/export")
    void export(HttpServletResponse response) throws IOException {
        Path folder = Files.createTempDirectory("atlas-export");
        try {
            exporter.export(folder);
            response.setContentType("application/zip");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"influence-atlas-data-" + LocalDate.now(clock) + ".zip\"");
            try (OutputStream out = response.getOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Path file : files(folder)) {
                    zip.putNextEntry(new ZipEntry("data/" + folder.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
