package org.influenceatlas.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.influenceatlas.account.Account;
import org.influenceatlas.account.Accounts;
import org.influenceatlas.account.Role;
import org.influenceatlas.base.InvalidField;

/**
 * Admins manage accounts: create one, set its role, disable or enable it, reset its password.
 * Each change is checked again by {@link Accounts} (method security) and logged.
 */
@Route(UsersView.ROUTE)
@PageTitle("Users · Influence Atlas")
@RolesAllowed("ADMIN")
public class UsersView extends Div {

    public static final String ROUTE = "admin/users";

    private final Accounts accounts;
    private final Grid<Account> grid = new Grid<>();
    private final Div status = new Div();

    public UsersView(Accounts accounts, AccountMenu menu) {
        this.accounts = accounts;
        addClassName("atlas-users");
        status.setId("users-status");
        status.getElement().setAttribute("role", "status");
        add(new Div(new Anchor("", "Back to the map"), menu), new H1("Users"), status);

        TextField username = new TextField("Username");
        username.setId("new-username");
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setId("new-role");
        role.setItems(Role.values());
        role.setValue(Role.EDITOR);
        PasswordField password = new PasswordField("First password");
        password.setId("new-user-password");
        password.setHelperText("Give it to them in person; they change it in their settings.");
        Button create = new Button("Create account", e -> attempt(() -> {
            Account made = accounts.create(username.getValue(), role.getValue(), password.getValue());
            username.clear();
            password.clear();
            return "Created " + made.username() + " as " + made.role().name().toLowerCase() + ".";
        }, username, password));
        create.setId("create-user");
        add(new H2("New account"), new Div(username, role, password), create);

        grid.setId("users");
        grid.addColumn(Account::username).setHeader("Username");
        grid.addComponentColumn(a -> {
            ComboBox<Role> choice = new ComboBox<>();
            choice.setItems(Role.values());
            choice.setValue(a.role());
            choice.setAllowCustomValue(false);
            choice.getElement().setAttribute("aria-label", "Role of " + a.username());
            choice.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    attempt(() -> "Role of " + accounts.setRole(a.username(), e.getValue()).username() + " is now "
                            + e.getValue().name().toLowerCase() + "; their sessions ended.");
                }
            });
            return choice;
        }).setHeader("Role");
        grid.addColumn(a -> a.enabled() ? "enabled" : "disabled").setHeader("State");
        grid.addColumn(a -> a.created().toString() + " by " + a.createdBy()).setHeader("Created");
        grid.addComponentColumn(a -> {
            Button toggle = new Button(a.enabled() ? "Disable" : "Enable", e -> attempt(() -> {
                Account changed = accounts.setEnabled(a.username(), !a.enabled());
                return changed.username() + (changed.enabled() ? " enabled." : " disabled; their sessions and tokens stopped working.");
            }));
            PasswordField reset = new PasswordField();
            reset.setPlaceholder("new password");
            reset.getElement().setAttribute("aria-label", "New password for " + a.username());
            Button set = new Button("Reset password", e -> attempt(() -> {
                accounts.resetPassword(a.username(), reset.getValue());
                return "Password of " + a.username() + " reset; their sessions ended.";
            }, reset));
            return new Div(toggle, reset, set);
        }).setHeader("");
        grid.setAllRowsVisible(true);
        add(new H2("Accounts"), grid);
        refresh();
    }

    /** Runs a change; its refusal is shown at the field it names (or in the status line), and the list is read again. */
    private void attempt(java.util.function.Supplier<String> change, com.vaadin.flow.component.HasValidation... fields) {
        for (var f : fields) {
            f.setInvalid(false);
        }
        try {
            status.setText(change.get());
        } catch (InvalidField refused) {
            com.vaadin.flow.component.HasValidation at = fields.length == 0 ? null
                    : refused.field().equals("username") ? fields[0] : fields[fields.length - 1];
            if (at != null) {
                at.setErrorMessage(refused.reason());
                at.setInvalid(true);
            }
            status.setText("Not done: " + refused.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.all());
    }
}
