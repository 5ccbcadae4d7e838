package org.influenceatlas.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Ends a session whose account changed under it: a password change, a disable or a role change
 * moves the account's epoch on, and a session signed in with an older epoch is invalidated at
 * its next request (a Vaadin page then finds its session gone and shows the sign-in link). One
 * primary-key read per signed-in request; it works across nodes, unlike an in-memory session
 * registry. Not a bean of its own: the security filter chain runs it, the servlet container must not.
 */
public class SessionEpochFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    public SessionEpochFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CuratorDetails signedIn && !stillValid(signedIn)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(CuratorDetails signedIn) {
        return accounts.standing(signedIn.getUsername())
                .map(s -> s.enabled() && s.epoch() == signedIn.epoch()).orElse(false);
    }
}
