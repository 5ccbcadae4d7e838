package org.influenceatlas.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in for curators. The form posts to Spring Security ({@code POST /login}); a failure comes
 * back as {@code ?error}, a sign-in refused by the throttle as {@code ?throttled}. Readers need
 * no account unless the atlas is private.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Influence Atlas")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Influence Atlas"), form,
                new Paragraph("Accounts are for curators; an admin creates them. Reading needs none unless this atlas is private."),
                new Anchor("", "Back to the map"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        if (query.containsKey("throttled")) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Sign-in for this account or from this address is paused. Try again in a few minutes.");
            form.setI18n(i18n);
            form.setError(true);
        } else if (query.containsKey("error")) {
            i18n.getErrorMessage().setTitle("Not signed in");
            i18n.getErrorMessage().setMessage("The username or the password is wrong, or the account is disabled.");
            form.setI18n(i18n);
            form.setError(true);
        }
    }
}
