package org.influenceatlas.base;

import org.influenceatlas.testdb.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Two notifiers on one channel stand for two nodes on one database (PostgreSQL run only). */
class PostgresChangeNotifierTest {

    private final List<PostgresChangeNotifier> nodes = new ArrayList<>();
    private final String channel = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    @BeforeEach
    void needsPostgres() {
        assumeTrue(TestDatabase.postgresRun() && TestDatabase.url().isPresent(), "PostgreSQL run only");
    }

    @AfterEach
    void stop() {
        nodes.forEach(PostgresChangeNotifier::close);
    }

    @Test
    void an_announcement_on_one_node_reaches_the_other_and_its_own_listeners_at_once() {
        PostgresChangeNotifier a = node();
        PostgresChangeNotifier b = node();
        List<Long> heardOnA = new CopyOnWriteArrayList<>();
        List<Long> heardOnB = new CopyOnWriteArrayList<>();
        a.onChange(heardOnA::add);
        b.onChange(heardOnB::add);
        await().atMost(Duration.ofSeconds(5)).until(() -> a.listening() && b.listening());
        heardOnA.clear();
        heardOnB.clear();

        a.announce(42);

        assertThat(heardOnA).as("the announcing node, synchronously").containsExactly(42L);
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(heardOnB).contains(42L));
        assertThat(heardOnA).as("a node does not hear its own notification twice").containsExactly(42L);
    }

    @Test
    void a_listener_that_reconnects_drops_what_it_holds_because_it_may_have_missed_a_change() throws Exception {
        PostgresChangeNotifier b = node();
        List<Long> heard = new CopyOnWriteArrayList<>();
        b.onChange(heard::add);
        await().atMost(Duration.ofSeconds(5)).until(b::listening);
        heard.clear();

        try (Connection admin = TestDatabase.connect(); Statement kill = admin.createStatement()) {
            kill.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                    + PostgresChangeNotifier.applicationName(channel) + "'");
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(heard).isNotEmpty());
        assertThat(b.listening()).isTrue();
    }

    @Test
    void a_channel_that_is_not_an_identifier_is_refused() {
        assertThatThrownBy(() -> new PostgresChangeNotifier(dataSource(), TestDatabase.url().get(), TestDatabase.user(),
                TestDatabase.password(), "x; DROP TABLE revision"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("atlas.notify.channel");
    }

    private PostgresChangeNotifier node() {
        PostgresChangeNotifier node = new PostgresChangeNotifier(dataSource(), TestDatabase.url().get(), TestDatabase.user(),
                TestDatabase.password(), channel);
        nodes.add(node);
        return node;
    }

    private static DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(TestDatabase.url().get(), TestDatabase.user(), TestDatabase.password());
    }
}
