package org.influenceatlas.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.influenceatlas.base.RecordDates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Every API parameter is given once: {@code ?asOf=2020-01-01&asOf=2024-01-01} is a 400 naming
 * {@code asOf}, since answering with either value would be a guess (and caches and proxies may
 * guess differently). Only query parameters are read here, never a body.
 */
@Component
class SingleParameters extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name;
                try {
                    name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    ApiErrors.write(response, HttpStatus.BAD_REQUEST, "query", "is not a well-formed query string");
                    return;
                }
                if (!seen.add(name)) {
                    ApiErrors.write(response, HttpStatus.BAD_REQUEST, RecordDates.shorten(name), "is given more than once");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
