package org.influenceatlas.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * 401 and 403 from the security filters under {@code /api/}, in the API's one error shape
 * instead of a redirect to the sign-in page.
 */
@Component
public class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    /**
     * Spring Security's firewall refuses addresses with encoded line breaks, semicolons and the
     * like before anything else runs; under {@code /api/} that is a 400 naming the path.
     */
    public void rejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI() != null && request.getRequestURI().startsWith("/api/")) {
            ApiErrors.write(response, HttpStatus.BAD_REQUEST, "path", "contains characters the server refuses (such as an encoded line break)");
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    static final String SIGN_IN = "sign in, or send a personal API token as 'Authorization: Bearer atlas_...'";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        ApiErrors.write(response, HttpStatus.UNAUTHORIZED, null, SIGN_IN);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        ApiErrors.write(response, HttpStatus.FORBIDDEN, null, e instanceof CsrfException
                ? "a signed-in browser must send the CSRF token; automation sends an API token instead"
                : "your role does not allow this");
    }
}
