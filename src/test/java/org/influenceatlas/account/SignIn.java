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
        var auth = UsernamePasswordAuthenticationToken.authenticated(details, null, role.authorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        // Vaadin's navigation access control asks the request (getUserPrincipal, isUserInRole), as
        // Spring Security's request wrapper answers them in a real app: tell Karibu's fake request too.
        fakeRequest().ifPresent(request -> {
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, name) -> role.authorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + name)));
        });
        return new Curator(username, role);
    }

    /**
     * Makes Karibu's mocked requests answer {@code getUserPrincipal()} and {@code isUserInRole()}
     * from this thread's SecurityContext, as Spring Security's request wrapper does in the running
     * app; Vaadin's view access control asks the request, not the context. Call before
     * {@code MockVaadin.setup}.
     */
    public static void forKaribu() {
        com.github.mvysny.kaributesting.v10.MockVaadin.setMockRequestFactory(session ->
                new com.github.mvysny.fakeservlet.FakeRequest(session) {
                    @Override
                    public java.security.Principal getUserPrincipal() {
                        var auth = SecurityContextHolder.getContext().getAuthentication();
                        return auth == null || !auth.isAuthenticated()
                                || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken ? null : auth;
                    }

                    @Override
                    public boolean isUserInRole(String role) {
                        var auth = SecurityContextHolder.getContext().getAuthentication();
                        return getUserPrincipal() != null && auth.getAuthorities().stream()
                                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role));
                    }
                });
    }

    public static void out() {
        SecurityContextHolder.clearContext();
        fakeRequest().ifPresent(request -> {
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, name) -> false);
        });
    }

    private static java.util.Optional<com.github.mvysny.fakeservlet.FakeRequest> fakeRequest() {
        if (!(com.vaadin.flow.server.VaadinRequest.getCurrent() instanceof com.vaadin.flow.server.VaadinServletRequest vaadin)) {
            return java.util.Optional.empty();
        }
        jakarta.servlet.ServletRequest request = vaadin.getRequest();
        while (request instanceof jakarta.servlet.ServletRequestWrapper wrapper && !(request instanceof com.github.mvysny.fakeservlet.FakeRequest)) {
            request = wrapper.getRequest();
        }
        return request instanceof com.github.mvysny.fakeservlet.FakeRequest fake ? java.util.Optional.of(fake) : java.util.Optional.empty();
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

    /** A real account with a fresh personal API token, for HTTP tests: send it as {@code Authorization: Bearer <token>}. */
    public static String token(org.springframework.context.ApplicationContext context, String username, Role role) {
        // One token per account and context: tests that share a context share it (an account holds 20 at most).
        return TOKENS.computeIfAbsent(System.identityHashCode(context) + "/" + username + "/" + role, k -> newToken(context, username, role));
    }

    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String newToken(org.springframework.context.ApplicationContext context, String username, Role role) {
        Accounts accounts = context.getBean(Accounts.class);
        account(accounts, username, role, "correct horse battery staple " + username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            as(username, role);
            return context.getBean(ApiTokens.class).create("test token").secret();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
