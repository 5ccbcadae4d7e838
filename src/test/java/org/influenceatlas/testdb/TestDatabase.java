package org.influenceatlas.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Which database the fast tests run on. Surefire's first execution runs them on H2 in memory; the
 * second sets {@code atlas.test.database=postgres} and runs them again on the PostgreSQL server
 * named by {@code ATLAS_TEST_PG_URL} (with {@code ATLAS_TEST_PG_USER}, {@code ATLAS_TEST_PG_PASSWORD}),
 * which {@code .ci/run} starts. Each Spring context gets a schema of its own there, as each gets an
 * in-memory H2 database of its own on the first run.
 */
public final class TestDatabase {

    public static final String SELECT = "atlas.test.database";
    public static final String URL = "ATLAS_TEST_PG_URL";

    private TestDatabase() {
    }

    /** Whether this run is the one meant for PostgreSQL. */
    public static boolean postgresRun() {
        return "postgres".equals(System.getProperty(SELECT));
    }

    /** The server's JDBC URL, when one was given. */
    public static Optional<String> url() {
        return setting(URL).filter(url -> !url.isBlank());
    }

    public static String user() {
        return setting("ATLAS_TEST_PG_USER").orElse("atlas");
    }

    public static String password() {
        return setting("ATLAS_TEST_PG_PASSWORD").orElse("");
    }

    /** A connection to the server, outside any Spring context (for set-up and clean-up in tests). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url().orElseThrow(), user(), password());
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)));
    }
}
