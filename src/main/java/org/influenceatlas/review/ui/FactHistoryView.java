package org.influenceatlas.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.influenceatlas.account.Curators;
import org.influenceatlas.review.FactHistory;

import java.util.List;

/**
 * {@code history/<type>/<id>}: every version of one fact, newest first, with who, when, why, the
 * reviewer and the field-by-field change; signed-in curators can propose "Revert to this version"
 * (after seeing which later edits it undoes) and restore a retired fact. Both are proposals, reviewed
 * like any other change.
 */
@Route("history/:type/:id")
@AnonymousAllowed
class FactHistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FactHistory histories;
    private final Curators curators;
    private final Div versions = new Div();
    final Paragraph message = new Paragraph();
    private String type;
    private String id;

    FactHistoryView(FactHistory histories, Curators curators) {
        this.histories = histories;
        this.curators = curators;
        addClassName("fact-history");
        getStyle().set("padding", "var(--lumo-space-m)").set("max-width", "60rem");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        type = event.getRouteParameters().get("type").orElse("");
        id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        add(new H1("History of " + type + " " + id), message, versions);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return "History of " + type + " " + id + " · Influence Atlas";
    }

    private void refresh() {
        versions.removeAll();
        List<FactHistory.Version> all;
        try {
            all = histories.history(type, id);
        } catch (IllegalArgumentException unknown) {
            versions.add(new Paragraph(unknown.getMessage()));
            return;
        }
        boolean signedIn = curators.current().isPresent();
        if (signedIn && histories.isRetired(type, id)) {
            versions.add(new Paragraph("This " + type + " is retired: readers no longer see it."),
                    new Button("Restore", e -> act(() -> "Restoration proposed (proposal #"
                            + histories.restore(type, id, "restored from its history").id() + "); it waits for review.")));
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            FactHistory.Version v = all.get(i);
            Div card = new Div();
            card.addClassName("version");
            card.add(new H3(v.at().toString().substring(0, 16).replace('T', ' ') + " UTC — " + v.author()
                    + (v.exists() ? "" : " (retired)")));
            card.add(new Paragraph("Why: " + (v.comment() == null ? "(not said)" : v.comment())
                    + (v.reviewer() == null ? "" : " · reviewed by " + v.reviewer())));
            card.add(Diffs.table(v.differences()));
            if (signedIn && v.exists() && i < all.size() - 1) {
                card.add(new Button("Revert to this version", e -> confirmRevert(v)));
            }
            versions.add(card);
        }
    }

    private void confirmRevert(FactHistory.Version v) {
        FactHistory.Preview preview;
        try {
            preview = histories.preview(type, id, v.revision());
        } catch (RuntimeException refused) {
            message.setText("Cannot revert: " + refused.getMessage());
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Revert to the version of " + v.at().toString().substring(0, 10));
        dialog.add(Diffs.table(preview.differences()));
        if (!preview.warnings().isEmpty()) {
            UnorderedList warnings = new UnorderedList();
            warnings.addClassName("revert-warnings");
            preview.warnings().forEach(w -> warnings.add(new ListItem("This " + w)));
            dialog.add(new Paragraph("Later revisions touched the same fields:"), warnings);
        }
        Button propose = new Button("Propose this revert", e -> {
            dialog.close();
            act(() -> "Revert proposed (proposal #" + histories.revert(type, id, v.revision(),
                    "revert to the version of " + v.at().toString().substring(0, 10)).proposal().id() + "); it waits for review.");
        });
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), propose);
        dialog.open();
    }

    private void act(java.util.function.Supplier<String> action) {
        try {
            message.setText(action.get());
        } catch (RuntimeException refused) {
            message.setText("Not proposed: " + refused.getMessage());
        }
        refresh();
    }
}
