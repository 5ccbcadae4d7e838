package org.influenceatlas.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committed work survives kill -9. A child JVM ({@link CommitWriter}) commits rows into an H2 file
 * database opened with the application's own JDBC URL and acknowledges each one on stdout once its
 * commit has returned; the child is then killed with SIGKILL mid-stream, and every acknowledged
 * row must be in the database when it is opened again.
 */
class DurabilityTest {

    static final int ACKNOWLEDGED_BEFORE_KILL = 200;
    static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void the_application_url_asks_h2_to_write_every_commit_before_it_returns() throws IOException {
        String url = CommitWriter.url(dir.resolve("db").toString());
        assertThat(url).startsWith("jdbc:h2:file:").contains(";WRITE_DELAY=0").contains(";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void every_commit_acknowledged_before_a_kill_9_is_in_the_database_afterwards() throws Exception {
        String dbPath = dir.resolve("atlas").toAbsolutePath().toString();
        Path stderr = dir.resolve("child-stderr.txt");
        String java = ProcessHandle.current().info().command().orElseThrow(() -> new IllegalStateException("no java binary"));
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitWriter.class.getName(), dbPath)
                .redirectError(stderr.toFile())
                .start();

        AtomicInteger acknowledged = new AtomicInteger();
        Thread reader = new Thread(() -> readAcknowledgements(child, acknowledged), "commit-writer-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            Instant deadline = Instant.now().plus(LIMIT);
            while (acknowledged.get() < ACKNOWLEDGED_BEFORE_KILL) {
                assertThat(child.isAlive()).as("child died early: " + read(stderr)).isTrue();
                assertThat(Instant.now()).as("only " + acknowledged.get() + " commits acknowledged within " + LIMIT
                        + "; child stderr: " + read(stderr)).isBefore(deadline);
                Thread.sleep(5);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended after the kill").isTrue();
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(reader.isAlive()).as("stdout reader finished").isFalse();
        assertThat(child.exitValue()).as("child was killed, not ended normally").isNotZero();

        int acked = acknowledged.get(); // includes acknowledgements still in the pipe at the kill
        try (Connection connection = DriverManager.getConnection(CommitWriter.url(dbPath), "sa", "");
             Statement query = connection.createStatement()) {
            try (ResultSet tables = query.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '"
                    + CommitWriter.TABLE.toUpperCase() + "'")) {
                tables.next();
                assertThat(tables.getInt(1)).as("the table created before the first acknowledgement survived the kill"
                        + " (all " + acked + " acknowledged rows are lost otherwise)").isEqualTo(1);
            }
            assertRows(query, acked);
        }
    }

    /** The editor's save, through the application's own service, killed mid-stream: every acknowledged save is a version. */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void every_briefing_save_acknowledged_before_a_kill_9_is_a_version_afterwards() throws Exception {
        String db = dir.resolve("saves").toAbsolutePath().toString();
        String fixture = Path.of(DatasetImporterTest.FIXTURE).toAbsolutePath().toString();
        int acked = runAndKill(ACKNOWLEDGED_SAVES, "briefing", db, fixture);
        System.out.println("Durability: " + acked + " briefing saves acknowledged before kill -9");
        String read = runToEnd("read", db, fixture);
        // The bundled briefing is version 1; save n writes version n + 1 (one in flight may have committed too).
        int version = Integer.parseInt(value(read, "version"));
        assertThat(version).as("briefing version after " + acked + " acknowledged saves and kill -9").isGreaterThanOrEqualTo(acked + 1)
                .isLessThanOrEqualTo(acked + 2);
        assertThat(Integer.parseInt(value(read, "briefings"))).isPositive();
    }

    /** The dataset import (one transaction) killed mid-stream: the database holds a whole dataset and starts again. */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void a_dataset_import_killed_with_kill_9_leaves_a_whole_dataset_that_starts_again() throws Exception {
        String db = dir.resolve("imports").toAbsolutePath().toString();
        Path fixture = Path.of(DatasetImporterTest.FIXTURE).toAbsolutePath();
        Path other = dir.resolve("other-data");
        Fixture.copyTo(other);
        Path presence = other.resolve("presence.csv");
        Files.writeString(presence, Files.readString(presence).replace("102nd Military Base", "102nd Military Base (renamed)"));
        String a = new DatasetFiles(fixture).version();
        String b = new DatasetFiles(other).version();
        int acked = runAndKill(ACKNOWLEDGED_IMPORTS, "import", db, fixture.toString(), other.toString());
        System.out.println("Durability: " + acked + " dataset imports acknowledged before kill -9");
        String read = runToEnd("read", db, fixture.toString());
        // Import n is of the fixture when n is even, of the other copy when odd; the one in flight may have committed.
        String last = acked % 2 == 0 ? a : b;
        String next = acked % 2 == 0 ? b : a;
        assertThat(value(read, "dataset")).as("dataset after " + acked + " acknowledged imports and kill -9").isIn(last, next);
        assertThat(Integer.parseInt(value(read, "briefings"))).isPositive();
    }

    static final int ACKNOWLEDGED_SAVES = 30;
    static final int ACKNOWLEDGED_IMPORTS = 4;

    private int runAndKill(int acknowledgements, String... args) throws Exception {
        Path stderr = dir.resolve(args[0] + "-stderr.txt");
        Process child = atlas(stderr, args);
        AtomicInteger acknowledged = new AtomicInteger();
        Thread reader = new Thread(() -> readAcknowledgements(child, acknowledged), "atlas-writer-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            while (acknowledged.get() < acknowledgements) {
                assertThat(child.isAlive()).as("child died early: " + read(stderr)).isTrue();
                Thread.sleep(5);
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        return acknowledged.get();
    }

    private String runToEnd(String... args) throws Exception {
        Path stderr = dir.resolve("read-stderr.txt");
        Process child = atlas(stderr, args);
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("the app starts again on what the kill left: " + read(stderr)).isZero();
        return out;
    }

    private static Process atlas(Path stderr, String... args) throws IOException {
        String javaBinary = ProcessHandle.current().info().command().orElseThrow();
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(javaBinary, "-cp", System.getProperty("java.class.path"),
                AtlasWriter.class.getName()));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    }

    private static String value(String output, String key) {
        return output.lines().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in: " + output));
    }

    private static void assertRows(Statement query, int acked) throws SQLException {
        try (ResultSet rs = query.executeQuery("SELECT COUNT(*), COALESCE(MAX(n), 0), COUNT(CASE WHEN n <= " + acked
                + " THEN 1 END) FROM " + CommitWriter.TABLE)) {
            rs.next();
            int rows = rs.getInt(1);
            int max = rs.getInt(2);
            int acknowledgedRows = rs.getInt(3);
            assertThat(acknowledgedRows).as("acknowledged rows present after kill -9 (of " + acked + ")").isEqualTo(acked);
            assertThat(rows).as("rows are 1..max with no gap").isEqualTo(max);
        }
    }

    private static void readAcknowledgements(Process child, AtomicInteger acknowledged) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.matches("\\d+")) {
                    int n = Integer.parseInt(line);
                    if (n != acknowledged.get() + 1) {
                        throw new IllegalStateException("acknowledgement " + n + " after " + acknowledged.get());
                    }
                    acknowledged.set(n);
                }
            }
        } catch (IOException e) {
            // the pipe breaks when the child is killed; what was read is what was acknowledged
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? String.join("\n", Files.readAllLines(file)) : "";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
