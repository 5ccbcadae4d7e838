package org.influenceatlas.base;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The first start's schema creation survives kill -9. H2 commits each DDL statement on its own,
 * so a start killed half-way through the migrations leaves some tables and no record of them, and
 * every later start failed for good ("Table BRIEFING already exists"). When migrating fails and
 * the database holds nothing worth keeping (no dataset was ever imported, no briefing written in
 * the app), it is a half-created schema: it is cleaned and created again. Anything else is left
 * alone and the start fails with Flyway's message, since only a person should drop real data.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaStart {

    private static final Logger log = LoggerFactory.getLogger(SchemaStart.class);

    @Bean
    FlywayMigrationStrategy survivingFirstStart() {
        return SchemaStart::migrate;
    }

    public static void migrate(Flyway flyway) {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            if (!holdsNothingToKeep(flyway)) {
                throw e;
            }
            log.warn("The schema was left half-created (a first start was interrupted?): {}. It holds no imported dataset "
                    + "and no briefing written here, so it is created again.", e.getMessage());
            Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
            flyway.migrate();
        }
    }

    /** No dataset version recorded and no briefing that is not bundled: what an interrupted first start leaves. */
    static boolean holdsNothingToKeep(Flyway flyway) {
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
             Statement query = connection.createStatement()) {
            return count(query, "SELECT COUNT(*) FROM dataset_version") == 0
                    && count(query, "SELECT COUNT(*) FROM briefing WHERE bundled = FALSE") == 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The row count, or 0 when the table was never created. */
    private static long count(Statement query, String sql) throws SQLException {
        try (ResultSet rs = query.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            if (isMissingTable(e)) {
                return 0;
            }
            throw e;
        }
    }

    private static boolean isMissingTable(SQLException e) {
        // H2: 42102/42S02, PostgreSQL: 42P01 (undefined table).
        String state = e.getSQLState();
        return state != null && (state.startsWith("42S02") || state.equals("42102") || state.equals("42P01"));
    }
}
