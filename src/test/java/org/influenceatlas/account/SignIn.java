package org.influenceatlas.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For tests: act as a curator in this thread (Karibu view tests, service tests), the way a real
 * sign-in does, with the role's implied authorities ({@link Role#authorities()}) so that view
 * annotations and method security agree. {@code @WithMockUser(roles = "EDITOR")} works for
 * method security too, but grants only the one role it names.
 */
public final class SignIn {

    private SignIn() {
    }

    public static Curator as(String username, Role role) {
        CuratorDetails details = new CuratorDetails(username, role, true, 0, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, role.authorities()));
        return new Curator(username, role);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }

    /** Creates a real account (signing in as an admin for the call), for tests that then sign in over HTTP. */
    public static Account account(Accounts accounts, String username, Role role, String password) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            as("test-admin", Role.ADMIN);
            return accounts.find(username).orElseGet(() -> accounts.create(username, role, password));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
