package org.influenceatlas.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.influenceatlas.account.Curator;
import org.influenceatlas.account.Curators;
import org.influenceatlas.account.Role;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * The header's account corner: "Sign in" for the anonymous; for a curator their name and role,
 * their settings, the admin pages for admins, and "Sign out". One per view (prototype scope).
 */
@Component
@Scope("prototype")
public class AccountMenu extends Div {

    public AccountMenu(Curators curators, AuthenticationContext authentication) {
        setId("account-menu");
        addClassName("atlas-account-menu");
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("aria-label", "Account");
        var current = curators.current();
        if (current.isEmpty()) {
            Anchor signIn = new Anchor("login", "Sign in");
            signIn.setId("sign-in");
            add(signIn);
            return;
        }
        Curator curator = current.get();
        Span who = new Span(curator.username() + " (" + curator.role().name().toLowerCase() + ")");
        who.setId("signed-in-as");
        Anchor settings = new Anchor(AccountView.ROUTE, "Settings");
        add(who, settings);
        if (curator.may(Role.ADMIN)) {
            add(new Anchor(UsersView.ROUTE, "Users"), new Anchor(AuditView.ROUTE, "Audit trail"));
        }
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(signOut);
    }
}
