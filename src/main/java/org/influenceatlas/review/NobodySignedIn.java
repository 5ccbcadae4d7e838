package org.influenceatlas.review;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/** Until accounts' sign-in lands no one is signed in here, so nothing can be proposed or published. */
@Configuration(proxyBeanMethods = false)
class NobodySignedIn {

    @Bean
    @ConditionalOnMissingBean(Acting.class)
    Acting nobody() {
        return Optional::empty;
    }
}
