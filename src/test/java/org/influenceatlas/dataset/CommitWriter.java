package org.influenceatlas.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The child process of {@link DurabilityTest}: opens the H2 file database at the path given as
 * its argument, with the application's own JDBC URL, and commits one row at a time for ever,
 * printing each row's number only after its commit has returned. Whatever it printed was
 * acknowledged as committed, so it must survive the process being killed right after.
 */
public final class CommitWriter {

    static final String TABLE = "durability_probe";

    private CommitWriter() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Connection connection = DriverManager.getConnection(url(args[0]), "sa", "")) {
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE " + TABLE + " (n INT PRIMARY KEY, payload VARCHAR(200) NOT NULL)");
            }
            out.println("ready");
            out.flush();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (n, payload) VALUES (?, ?)")) {
                for (int n = 1; ; n++) {
                    insert.setInt(1, n);
                    insert.setString(2, "row " + n + " committed before it was acknowledged");
                    insert.executeUpdate(); // autocommit: the commit has returned when this does
                    out.println(n);
                    out.flush();
                }
            }
        } catch (SQLException e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    /**
     * The application's {@code spring.datasource.url} with {@code atlas.db.path} set to the given
     * path, so that the probe runs with exactly the options the application uses.
     */
    static String url(String dbPath) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CommitWriter.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the class path");
            }
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        if (url == null || !url.contains("${atlas.db.path}")) {
            throw new IllegalStateException("spring.datasource.url does not use ${atlas.db.path}: " + url);
        }
        return url.replace("${atlas.db.path}", dbPath.replace('\\', '/'));
    }
}
