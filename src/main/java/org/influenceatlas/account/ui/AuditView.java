package org.influenceatlas.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.influenceatlas.account.AuditTrail;

/** The audit trail for admins, newest first, filtered by action, read page by page. */
@Route(AuditView.ROUTE)
@PageTitle("Audit trail · Influence Atlas")
@RolesAllowed("ADMIN")
public class AuditView extends Div {

    public static final String ROUTE = "admin/audit";
    static final String ALL = "all actions";

    public AuditView(AuditTrail audit, AccountMenu menu) {
        addClassName("atlas-audit");
        Select<String> action = new Select<>();
        action.setLabel("Action");
        action.setId("audit-action");
        java.util.List<String> choices = new java.util.ArrayList<>();
        choices.add(ALL);
        choices.addAll(AuditTrail.ACTIONS);
        action.setItems(choices);
        action.setValue(ALL);
        Grid<AuditTrail.Entry> grid = new Grid<>();
        grid.setId("audit");
        grid.addColumn(e -> e.at().toString()).setHeader("When (UTC)").setAutoWidth(true);
        grid.addColumn(AuditTrail.Entry::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditTrail.Entry::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditTrail.Entry::detail).setHeader("What");
        Runnable load = () -> {
            String chosen = ALL.equals(action.getValue()) ? null : action.getValue();
            // The provider reads offset and limit even when it returns nothing (Vaadin checks that they are read).
            grid.setDataProvider(DataProvider.fromCallbacks(
                    q -> audit.recent(chosen, q.getOffset(), q.getLimit()).stream(),
                    q -> {
                        q.getOffset();
                        q.getLimit();
                        return audit.count(chosen);
                    }));
        };
        action.addValueChangeListener(e -> load.run());
        load.run();
        add(new Div(new Anchor("", "Back to the map"), menu), new H1("Audit trail"), action, grid);
    }
}
