package org.influenceatlas.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.influenceatlas.account.ApiTokens;
import org.influenceatlas.account.Accounts;
import org.influenceatlas.account.Curators;
import org.influenceatlas.account.PasswordPolicy;
import org.influenceatlas.base.InvalidField;

/**
 * A curator's own settings: their password, and their personal API tokens (created here,
 * shown once, listed by name and last use, revoked here).
 */
@Route(AccountView.ROUTE)
@PageTitle("Your account · Influence Atlas")
@PermitAll
public class AccountView extends Div {

    public static final String ROUTE = "account";

    private final ApiTokens tokens;
    private final Grid<ApiTokens.ApiToken> grid = new Grid<>();
    private final Div status = new Div();

    public AccountView(Accounts accounts, ApiTokens tokens, Curators curators, AccountMenu menu) {
        this.tokens = tokens;
        addClassName("atlas-account");
        status.setId("account-status");
        status.getElement().setAttribute("role", "status");
        String me = curators.current().map(c -> c.username() + ", " + c.role().name().toLowerCase()).orElse("");
        add(new Div(new Anchor("", "Back to the map"), menu), new H1("Your account"), new Paragraph("Signed in as " + me + "."), status);

        PasswordField current = new PasswordField("Current password");
        current.setId("current-password");
        PasswordField fresh = new PasswordField("New password");
        fresh.setId("new-password");
        fresh.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password; a few words make a good one.");
        PasswordField again = new PasswordField("New password again");
        again.setId("new-password-again");
        Button change = new Button("Change password", e -> {
            for (var f : new PasswordField[]{current, fresh, again}) {
                f.setInvalid(false);
            }
            if (!fresh.getValue().equals(again.getValue())) {
                again.setErrorMessage("is not the same as the new password");
                again.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                again.clear();
                status.setText("Password changed. Your other sessions have ended.");
            } catch (InvalidField refused) {
                PasswordField field = refused.field().equals("current") ? current : fresh;
                field.setErrorMessage(refused.reason());
                field.setInvalid(true);
            }
        });
        change.setId("change-password");
        add(new H2("Password"), new Div(current, fresh, again), change);

        TextField name = new TextField("Token name");
        name.setId("token-name");
        name.setHelperText("What the token is for, e.g. \"nightly import script\"");
        TextField shown = new TextField("Your new token (shown once: copy it now)");
        shown.setId("new-token");
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setVisible(false);
        Button create = new Button("Create token", e -> {
            try {
                ApiTokens.Created created = tokens.create(name.getValue());
                shown.setValue(created.secret());
                shown.setVisible(true);
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (InvalidField refused) {
                name.setErrorMessage(refused.reason());
                name.setInvalid(true);
            }
        });
        create.setId("create-token");
        grid.setId("tokens");
        grid.addColumn(ApiTokens.ApiToken::name).setHeader("Name");
        grid.addColumn(t -> t.created().toString()).setHeader("Created");
        grid.addColumn(t -> t.lastUsed() == null ? "never" : t.lastUsed().toString()).setHeader("Last used");
        grid.addColumn(t -> t.active() ? "active" : "revoked " + t.revoked()).setHeader("State");
        grid.addComponentColumn(t -> {
            Button revoke = new Button("Revoke", e -> {
                tokens.revoke(t.id());
                status.setText("Token '" + t.name() + "' revoked: it no longer works.");
                refresh();
            });
            revoke.setEnabled(t.active());
            return revoke;
        }).setHeader("");
        grid.setAllRowsVisible(true);
        add(new H2("API tokens"), new Paragraph("A token lets a program use the API as you, with your role: send it as "
                + "'Authorization: Bearer atlas_…'. Only a hash is stored, so it cannot be shown again."), new Div(name, create), shown, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
