package org.influenceatlas.dataset;

import org.influenceatlas.base.DatasetNotice;
import org.influenceatlas.base.SchemaStart;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A start survives what it meets: a half-created schema, a bad bundled dataset, CSV files with a
 * BOM, broken quoting or bytes that are not UTF-8 (each reported at its real line, alone).
 */
@SpringBootTest(properties = "atlas.data.dir=" + DatasetImporterTest.FIXTURE)
@ActiveProfiles("test")
class StartupSurvivalTest {

    @Autowired
    DatasetImporter importer;
    @Autowired
    DatasetNotice notice;

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheFixture() throws IOException {
        importer.importAll(Path.of(DatasetImporterTest.FIXTURE));
        Fixture.copyTo(copy);
    }

    @Test
    void a_byte_order_mark_is_stripped_and_the_file_imports() throws IOException {
        byte[] bytes = Files.readAllBytes(copy.resolve("countries.csv"));
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        Files.write(copy.resolve("countries.csv"), withBom);
        importer.importAll(copy);
    }

    @Test
    void invalid_utf8_is_reported_at_its_line_without_knock_on_problems() throws IOException {
        Path file = copy.resolve("countries.csv");
        String text = Files.readString(file);
        int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        byte[] head = text.substring(0, third).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(third).getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, broken, 0, head.length);
        broken[head.length] = 'X';
        broken[head.length + 1] = (byte) 0xff;
        System.arraycopy(tail, 0, broken, head.length + 2, tail.length);
        Files.write(file, broken);
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> importer.importAll(copy));
        assertThat(e.problems().get(0).toString()).startsWith("countries.csv line 3").contains("not valid UTF-8");
        assertThat(e.problems()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void an_unclosed_quote_is_reported_at_the_row_where_it_opens() throws IOException {
        Path file = copy.resolve("countries.csv");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(1, lines.get(1).replaceFirst(",", ",\"unclosed "));
        Files.write(file, lines);
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> importer.importAll(copy));
        assertThat(e.problems().get(0).toString()).startsWith("countries.csv line 2").contains("closing quote");
        assertThat(e.problems()).hasSizeLessThanOrEqualTo(2);
        assertThat(e.problems()).noneMatch(p -> p.line() == 0);
    }

    @Test
    void a_bad_bundled_dataset_keeps_the_loaded_one_served_with_a_notice_by_default() throws IOException {
        Files.writeString(copy.resolve("presence.csv"), "not,a,presence,file\n1,2\n");
        String before = importer.currentVersion().orElseThrow();
        new DatasetLoader(importer, copy, true, "", notice).afterSingletonsInstantiated();
        assertThat(importer.currentVersion()).hasValue(before);
        assertThat(notice.current()).hasValueSatisfying(n -> {
            assertThat(n.message()).contains("not imported");
            assertThat(n.problems()).isNotEmpty();
        });
        new DatasetLoader(importer, Path.of(DatasetImporterTest.FIXTURE), true, "", notice).afterSingletonsInstantiated();
        assertThat(notice.current()).isEmpty();
    }

    @Test
    void on_invalid_fail_stops_the_start() throws IOException {
        Files.writeString(copy.resolve("presence.csv"), "not,a,presence,file\n1,2\n");
        assertThatThrownBy(() -> new DatasetLoader(importer, copy, true, "fail", notice).afterSingletonsInstantiated())
                .isInstanceOf(InvalidDatasetException.class);
        assertThatThrownBy(() -> new DatasetLoader(importer, copy, true, "sometimes", notice))
                .hasMessageContaining("atlas.data.on-invalid");
    }

    @Test
    void a_half_created_schema_with_no_dataset_is_created_again() throws Exception {
        String url = "jdbc:h2:file:" + copy.resolve("half").toAbsolutePath() + ";WRITE_DELAY=0";
        String first = new String(getClass().getResourceAsStream("/db/migration/V1__create_dataset.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        // What a kill -9 in the middle of the first migration leaves: some of its tables, no history.
        String[] statements = Arrays.stream(first.replaceAll("(?m)^--.*$", "").split(";")).map(String::trim)
                .filter(s -> !s.isEmpty()).toArray(String[]::new);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (int i = 0; i < statements.length / 2; i++) {
                s.execute(statements[i]);
            }
        }
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
        assertThatThrownBy(flyway::migrate).as("plain Flyway cannot start on it").isNotNull();
        SchemaStart.migrate(flyway);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void a_failing_migration_over_real_data_is_not_cleaned() throws Exception {
        String url = "jdbc:h2:file:" + copy.resolve("kept").toAbsolutePath() + ";WRITE_DELAY=0";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE dataset_version (id INT PRIMARY KEY, version VARCHAR(64), imported_at TIMESTAMP)");
            s.execute("INSERT INTO dataset_version VALUES (1, 'abc', CURRENT_TIMESTAMP)");
        }
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
        assertThatThrownBy(() -> SchemaStart.migrate(flyway)).isNotNull();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT version FROM dataset_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("abc");
        }
    }
}
