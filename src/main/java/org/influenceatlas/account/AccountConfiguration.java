package org.influenceatlas.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Method security (the checks sit in the services: {@code @PreAuthorize("hasRole('EDITOR')")}),
 * the role hierarchy it and the request rules use, and the password encoder.
 */
@Configuration
@EnableMethodSecurity
class AccountConfiguration {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return Role.hierarchy();
    }

    /** bcrypt today; the {id} prefix lets a later encoder take over while old hashes still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
