package org.influenceatlas.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.influenceatlas.base.History;
import org.influenceatlas.base.KnownOn;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@code knownOn} on every API request: the answer is what the atlas said then (transaction
 * time), read from the versions recorded up to that moment. It is set for the request's thread
 * ({@link KnownOn}), so every endpoint and every service honours it without a parameter of its own,
 * and the response cache keys and ETags follow it. A day means the end of that day (UTC).
 */
@Configuration(proxyBeanMethods = false)
class KnownOnParameter implements WebMvcConfigurer, HandlerInterceptor {

    static final String NAME = "knownOn";
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final String SCOPE = KnownOnParameter.class.getName() + ".scope";

    private final History history;
    private final Clock clock;

    KnownOnParameter(History history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String text = request.getParameter(NAME);
        if (text != null && !text.isBlank()) {
            request.setAttribute(SCOPE, history.knownOn(parse(text, clock)).enter());
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(SCOPE) instanceof KnownOn.Scope scope) {
            scope.close();
        }
    }

    /** YYYY-MM-DD (the end of that day, UTC) or an ISO instant, between 2000 and tomorrow. */
    static Instant parse(String text, Clock clock) {
        String trimmed = text;
        // ASCII only, nothing after the value: LocalDate and Instant would read other scripts' digits.
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2}))?")) {
            throw new BadParameterException(NAME, "'" + org.influenceatlas.base.RecordDates.shorten(text)
                    + "' is not a date (YYYY-MM-DD) or an instant (2024-03-01T12:00:00Z)");
        }
        Instant instant;
        try {
            instant = trimmed.length() == 10
                    ? LocalDate.parse(trimmed).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
                    : Instant.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(NAME, "'" + org.influenceatlas.base.RecordDates.shorten(text) + "' is not a date (YYYY-MM-DD) or an instant (2024-03-01T12:00:00Z)");
        }
        Instant latest = clock.instant().plus(Duration.ofDays(1));
        if (instant.isBefore(EARLIEST) || instant.isAfter(latest)) {
            throw new BadParameterException(NAME, "'" + text + "' is outside " + EARLIEST + ".." + latest.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        return instant;
    }
}
