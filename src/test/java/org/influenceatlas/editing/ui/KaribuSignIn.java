package org.influenceatlas.editing.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.influenceatlas.account.Role;
import org.influenceatlas.account.SignIn;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a curator in for a Karibu view test. The mocked request has no security filter, so the
 * signed-in user is handed to it as the filter would, for Vaadin's view access control to see.
 * Call after {@code MockVaadin.setup}.
 */
public final class KaribuSignIn {

    private KaribuSignIn() {
    }

    public static void as(String username, Role role) {
        SignIn.as(username, role);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, name) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + name)));
    }

    public static void out() {
        SignIn.out();
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, name) -> false);
    }
}
