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
