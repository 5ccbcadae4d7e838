package org.influenceatlas.base;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * The notifier for several nodes on one PostgreSQL database: an announcement calls this node's
 * listeners at once (so a writer reads its own change on the next request) and sends
 * {@code NOTIFY channel, 'node:revision'}; a thread of its own holds a connection that
 * {@code LISTEN}s and calls the listeners for every other node's announcement.
 * <p>
 * A notification sent while the listening connection was down is lost, so after every
 * (re)connection the listeners hear the latest revision in the database: a node that was cut
 * off drops its caches rather than serve them stale. The listening connection is opened with the
 * driver, not taken from the pool, because it is held for the node's lifetime.
 */
public final class PostgresChangeNotifier implements ChangeNotifier, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeNotifier.class);
    /** A channel is an SQL identifier; it is written into LISTEN, which takes no parameter. */
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    static final int POLL_MILLIS = 500;
    static final int RETRY_MILLIS = 1000;

    private final DataSource pool;
    private final String url;
    private final Properties credentials;
    private final String channel;
    private final String node = UUID.randomUUID().toString();
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    private final Thread listener;
    private volatile boolean running = true;
    private volatile boolean listening;

    public PostgresChangeNotifier(DataSource pool, String url, String user, String password, String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("atlas.notify.channel '" + channel + "' is not a lower-case SQL identifier");
        }
        this.pool = pool;
        this.url = url;
        this.channel = channel;
        this.credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        // Names the connection in pg_stat_activity, so an operator can tell what holds it.
        credentials.setProperty("ApplicationName", applicationName(channel));
        this.listener = new Thread(this::listen, "atlas-change-listener");
        this.listener.setDaemon(true);
        this.listener.start();
    }

    @Override
    public void announce(long revision) {
        tellListeners(revision);
        try (Connection connection = pool.getConnection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, channel);
            notify.setString(2, node + ":" + revision);
            notify.execute();
        } catch (SQLException e) {
            // The commit stands; the other nodes catch up when their listener reconnects or the next change is announced.
            log.error("Could not notify other nodes of revision {}", revision, e);
        }
    }

    @Override
    public void onChange(LongConsumer listener) {
        listeners.add(listener);
    }

    /** The application_name of the listening connection in pg_stat_activity. */
    public static String applicationName(String channel) {
        return "atlas change listener " + channel;
    }

    /** Whether the listening connection is up (for health checks and tests). */
    public boolean listening() {
        return listening;
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
        try {
            listener.join(2 * POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + channel);
                }
                tellListeners(latestRevision(connection));
                listening = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        receive(notifications);
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Change listener lost its connection ({}); retrying in {} ms", e.getMessage(), RETRY_MILLIS);
                }
            } finally {
                listening = false;
            }
            if (running) {
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void receive(PGNotification[] notifications) {
        long latest = -1;
        for (PGNotification notification : notifications) {
            String payload = notification.getParameter();
            int colon = payload.lastIndexOf(':');
            if (colon < 0 || payload.substring(0, colon).equals(node)) {
                continue;
            }
            try {
                latest = Math.max(latest, Long.parseLong(payload.substring(colon + 1)));
            } catch (NumberFormatException e) {
                log.warn("Ignoring notification '{}' on channel {}", payload, channel);
            }
        }
        if (latest >= 0) {
            tellListeners(latest);
        }
    }

    private static long latestRevision(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement()) {
            // Before Flyway has created the table there is nothing cached to drop.
            try (ResultSet exists = query.executeQuery("SELECT to_regclass('revision') IS NOT NULL")) {
                if (!exists.next() || !exists.getBoolean(1)) {
                    return 0;
                }
            }
            try (ResultSet rs = query.executeQuery("SELECT COALESCE(MAX(id), 0) FROM revision")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private void tellListeners(long revision) {
        for (LongConsumer listener : listeners) {
            try {
                listener.accept(revision);
            } catch (RuntimeException e) {
                log.error("A change listener failed on revision {}", revision, e);
            }
        }
    }
}
