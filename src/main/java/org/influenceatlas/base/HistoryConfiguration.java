package org.influenceatlas.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The clock every "today" is read from, and how nodes hear of changes. Both give way to a bean
 * of the same type defined elsewhere: a fixed clock in a test, LISTEN/NOTIFY on PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
public class HistoryConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean(ChangeNotifier.class)
    ChangeNotifier inProcessChangeNotifier() {
        return new InProcessChangeNotifier();
    }
}
