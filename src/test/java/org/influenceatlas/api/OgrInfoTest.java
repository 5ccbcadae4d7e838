package org.influenceatlas.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A GIS tool reads what the API serves: GDAL's ogrinfo opens every layer (and the base map) as
 * GeoJSON and counts the same features as the JSON holds. The answer is saved to a .geojson file
 * first, which keeps GDAL's HTTP handling out of the test. Skipped where GDAL is not installed
 * (Debian/Ubuntu: {@code apt-get install gdal-bin}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OgrInfoTest {

    static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void gdalIsInstalled() {
        assumeTrue(Files.isExecutable(OGRINFO), "GDAL's ogrinfo is not installed at " + OGRINFO
                + " (apt-get install gdal-bin); skipping the GIS-client check");
    }

    @ParameterizedTest(name = "ogrinfo reads {0} with as many features as the JSON has")
    @ValueSource(strings = {
            "/api/v1/layers/military-presence",
            "/api/v1/layers/corridors",
            "/api/v1/layers/alignments",
            "/api/v1/layers/alignments?geometry=none",
            "/api/v1/layers/events",
            "/api/v1/layers/military-presence?asOf=2022-01-01",
            "/api/v1/boundaries"})
    void ogrinfo_reads_the_endpoint_with_as_many_features_as_the_json_has(String path) throws Exception {
        Path file = dir.resolve("layer.geojson");
        HttpResponse<Path> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofFile(file));
        assertThat(response.statusCode()).isEqualTo(200);
        int features = json.readTree(file.toFile()).path("features").size();
        assertThat(features).as("features in " + path).isPositive();

        Process ogrinfo = new ProcessBuilder(OGRINFO.toString(), "-ro", "-so", "-al", file.toString())
                .redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(ogrinfo.getInputStream()));
        boolean ended = ogrinfo.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            ogrinfo.destroyForcibly();
        }
        assertThat(ended).as("ogrinfo ended within 60 s").isTrue();
        String text = output.get(10, TimeUnit.SECONDS);

        assertThat(ogrinfo.exitValue()).as("ogrinfo exit code; output:\n" + text).isZero();
        assertThat(text).as("ogrinfo output").contains("Feature Count: " + features + "\n").doesNotContain("ERROR");
    }

    private static String readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }
}
