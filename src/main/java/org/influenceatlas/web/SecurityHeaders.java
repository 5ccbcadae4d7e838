package org.influenceatlas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Security headers on every answer, set before anything else runs so that error pages carry them too.
 * <ul>
 * <li>The Content-Security-Policy allows what Vaadin Flow needs and no more: its bootstrap
 * starts the client engine with an inline script and the engine evaluates the expressions the
 * server sends, hence {@code script-src 'unsafe-inline' 'unsafe-eval'} and
 * {@code style-src 'unsafe-inline'} (Vaadin's documentation, "Content Security Policy"). Every
 * resource comes from the app itself, except the opt-in OpenStreetMap tiles; nothing may frame
 * the app ({@code frame-ancestors 'none'}: the editor's Save button cannot be clickjacked).</li>
 * <li>{@code nosniff}, a referrer policy that sends other sites only our origin (OpenStreetMap's
 * tile policy asks for a referrer), and no camera, microphone or position.</li>
 * </ul>
 * Caching headers are not this filter's business: the API sets its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

    public static final String TILES = "https://tile.openstreetmap.org";

    public static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob: " + TILES,
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** A PDF is shown by the browser's own viewer, which a page policy can block: it only may not be framed. */
    static final String PDF_POLICY = "frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean pdf = request.getRequestURI().endsWith(".pdf");
        response.setHeader("Content-Security-Policy", pdf ? PDF_POLICY : POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
