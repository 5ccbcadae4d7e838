package org.influenceatlas.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The clock every "today" is read from, and how nodes hear of changes: in-process on the embedded
 * H2 database (one node), LISTEN/NOTIFY with the {@code postgres} profile (several nodes on one
 * database). Both give way to a bean of the same type defined elsewhere (a fixed clock in a test).
 */
@Configuration(proxyBeanMethods = false)
public class HistoryConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @Profile("!postgres")
    @ConditionalOnMissingBean(ChangeNotifier.class)
    ChangeNotifier inProcessChangeNotifier() {
        return new InProcessChangeNotifier();
    }

    @Bean(destroyMethod = "close")
    @Profile("postgres")
    @ConditionalOnMissingBean(ChangeNotifier.class)
    ChangeNotifier postgresChangeNotifier(DataSource dataSource, DataSourceProperties database,
                                          @Value("${atlas.notify.channel:atlas_changes}") String channel) {
        return new PostgresChangeNotifier(dataSource, database.determineUrl(), database.determineUsername(),
                database.determinePassword(), channel);
    }
}
