package org.influenceatlas.testdb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * On the PostgreSQL run, points every Spring context the tests start at a fresh schema of its own
 * on the test server and switches the {@code postgres} profile on (its change notifier, LISTEN/NOTIFY
 * on a channel named after the schema, so contexts do not hear each other). Contexts are cached and
 * kept for the whole run, so each pool stays small to stay within the server's connection limit.
 */
public final class PostgresTestEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!TestDatabase.postgresRun() || TestDatabase.url().isEmpty()) {
            return;
        }
        String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String url = TestDatabase.url().get();
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        settings.put("spring.datasource.username", TestDatabase.user());
        settings.put("spring.datasource.password", TestDatabase.password());
        settings.put("spring.datasource.hikari.maximum-pool-size", "3");
        settings.put("spring.datasource.hikari.minimum-idle", "0");
        settings.put("spring.flyway.schemas", schema);
        settings.put("atlas.notify.channel", schema);
        environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-schema", settings));
        environment.addActiveProfile("postgres");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
