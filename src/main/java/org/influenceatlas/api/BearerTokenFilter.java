package org.influenceatlas.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.influenceatlas.account.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code Authorization: Bearer atlas_...} on an {@code /api/} request authenticates it as the
 * token's owner, for this request only (no session is made). A token that is wrong, revoked or
 * whose owner is disabled is a 401 at once, never a silent fall-back to anonymous. Tokens work
 * on the API only: a page cannot be opened with one. Run by the security filter chain, so not a
 * bean of its own.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    static final String SCHEME = "Bearer ";

    private final ApiTokens tokens;

    public BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** Whether a request presents a token: the security chain then skips CSRF, which guards cookies, not tokens. */
    public static boolean presentsToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !presentsToken(request) || uri == null || !(uri.startsWith("/api/") || uri.equals("/api"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader("Authorization").substring(SCHEME.length()).strip();
        Optional<Authentication> auth = tokens.authenticate(secret);
        if (auth.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ApiErrors.write(response, HttpStatus.UNAUTHORIZED, null,
                    "the API token is not valid: wrong, revoked, or its account is disabled");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
