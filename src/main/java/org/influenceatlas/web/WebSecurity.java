package org.influenceatlas.web;

import org.influenceatlas.account.Accounts;
import org.influenceatlas.account.ApiTokens;
import org.influenceatlas.api.BearerTokenFilter;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.influenceatlas.account.AuditTrail;
import org.influenceatlas.account.SessionEpochFilter;
import org.influenceatlas.account.SignInThrottled;
import org.influenceatlas.account.ui.LoginView;
import org.influenceatlas.api.ApiSecurityErrors;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Spring Security the Vaadin way ({@link VaadinSecurityConfigurer}): Vaadin permits its own
 * requests, handles its CSRF token, and checks each view's access annotation on navigation.
 * <ul>
 * <li>{@code atlas.access=public} (the default): anyone reads, every view and every GET of the
 * API; {@code private}: reading needs sign-in too.</li>
 * <li>The API answers 401/403 in its JSON error shape, never a redirect.</li>
 * <li>The session id changes at sign-in (fixation), and a session ends when its account's
 * password, role or enabled state changes ({@link SessionEpochFilter}).</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
class WebSecurity {

    static final String PUBLIC = "public";
    static final String PRIVATE = "private";

    @Bean
    SecurityFilterChain atlasSecurity(HttpSecurity http, @Value("${atlas.access:public}") String access,
                                      Accounts accounts, ApiTokens tokens, AuditTrail audit, ApiSecurityErrors apiErrors) throws Exception {
        boolean open = isPublic(access);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(rules -> {
            if (open) {
                rules.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll();
            }
            // Nothing anonymous writes; which role may is checked where the write happens (controllers, services).
            rules.requestMatchers(api).authenticated();
        });
        // CSRF guards what a browser sends by itself, the session cookie: a request that carries a
        // token, or an API request with no session at all, has nothing to forge. A signed-in browser
        // writing to the API sends Spring's CSRF token (README, "API tokens"); Vaadin guards its own requests.
        RequestMatcher noSession = request -> request.getRequestedSessionId() == null && request.getSession(false) == null;
        http.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::presentsToken,
                new AndRequestMatcher(api, noSession)));
        http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(apiErrors, api)
                .defaultAccessDeniedHandlerFor(apiErrors, api));
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterAfter(new SessionEpochFilter(accounts), SecurityContextHolderFilter.class);
        http.addFilterAfter(new BearerTokenFilter(tokens), SessionEpochFilter.class);
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setExceptionMappings(Map.of(SignInThrottled.class.getName(), "/login?throttled"));
        failures.setDefaultFailureUrl("/login?error");
        Consumer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl> rest = open
                ? AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll
                : AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated;
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .addLogoutHandler((request, response, auth) -> {
                    if (auth != null) {
                        audit.record(auth.getName(), AuditTrail.SIGN_OUT, "");
                    }
                })
                // Pages that are not views (the map's fonts and tiles, the not-found page) stay readable.
                .anyRequest(rest));
        // After Vaadin's configurer, so that its login view is the login page when the form login
        // initialises: configured before it, Spring would serve its own generated page at /login.
        http.formLogin(form -> form.failureHandler(failures));
        return http.build();
    }

    /** The firewall's refusals under /api/ in the API's error shape. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ApiSecurityErrors apiErrors) {
        return (request, response, e) -> apiErrors.rejected(request, response);
    }

    /**
     * View access: each view's annotation ({@code @AnonymousAllowed}, {@code @RolesAllowed}), and
     * in a private atlas no view but sign-in for the anonymous.
     */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(@Value("${atlas.access:public}") String access) {
        NavigationAccessControlConfigurer configurer = new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker();
        if (!isPublic(access)) {
            configurer.withNavigationAccessChecker(new SignedInReaders()).withDecisionResolver(WebSecurity::denyWins);
        }
        return configurer;
    }

    static boolean isPublic(String access) {
        if (PUBLIC.equals(access)) {
            return true;
        }
        if (PRIVATE.equals(access)) {
            return false;
        }
        throw new IllegalArgumentException("atlas.access: '" + access + "' is neither '" + PUBLIC + "' nor '" + PRIVATE + "'");
    }

    /** Any refusal wins: an annotation's ALLOW must not outvote the private atlas's DENY. */
    private static AccessCheckResult denyWins(List<AccessCheckResult> results, NavigationContext context) {
        for (AccessCheckDecision decision : List.of(AccessCheckDecision.REJECT, AccessCheckDecision.DENY)) {
            for (AccessCheckResult result : results) {
                if (result.decision() == decision) {
                    return result;
                }
            }
        }
        return results.stream().anyMatch(r -> r.decision() == AccessCheckDecision.ALLOW) ? context.allow()
                : context.deny("no access rule allows this view");
    }

    /** In a private atlas the anonymous see the sign-in page (and error pages) only. */
    static final class SignedInReaders implements NavigationAccessChecker {
        @Override
        public AccessCheckResult check(NavigationContext context) {
            if (context.getPrincipal() != null || context.isErrorHandling() || context.getNavigationTarget() == LoginView.class) {
                return context.neutral();
            }
            return context.deny("this atlas is private: sign in to read");
        }
    }
}
