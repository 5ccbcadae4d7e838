package org.influenceatlas.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration
class ApiConfig {

    /**
     * Weak ETags: Tomcat refuses to compress a response that carries a strong ETag (a strong
     * validator promises byte-identical bodies, which gzip would break), so strong ETags would
     * silently turn off compression for every API answer. A weak ETag still revalidates with 304.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
