package org.influenceatlas.briefing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.influenceatlas.base.FieldDiff;
import org.influenceatlas.briefing.PinChanges;

/**
 * What changed since a briefing's pin, shown before the pin moves to today: the features its
 * slides name, field by field, and how much else the atlas recorded. The pin moves only on
 * "Update to today's data"; "Keep the pin" changes nothing.
 */
class PinChangesDialog extends Dialog {

    /** A diff of a whole feature can be long: the dialog lists the first fields of each. */
    static final int FIELDS_SHOWN = 12;

    PinChangesDialog(PinChanges changes, Runnable update) {
        setHeaderTitle("What changed since the pin");
        setId("pin-changes");
        Div content = new Div();
        content.add(new Paragraph("Pinned to " + changes.pin().toString().replace('T', ' ').replace("Z", " UTC") + ". "
                + (changes.revisions() == 0 ? "The atlas recorded no change since."
                : "The atlas recorded " + changes.revisions() + " revision" + (changes.revisions() == 1 ? "" : "s") + " since.")));
        if (changes.features().isEmpty()) {
            content.add(new Paragraph("None of the features the slides select or emphasise changed."));
        }
        for (PinChanges.FeatureChange feature : changes.features()) {
            content.add(new H3(feature.name() + " (" + feature.id() + ")"));
            UnorderedList fields = new UnorderedList();
            feature.differences().stream().limit(FIELDS_SHOWN).forEach(d -> fields.add(new ListItem(describe(d))));
            if (feature.differences().size() > FIELDS_SHOWN) {
                fields.add(new ListItem("and " + (feature.differences().size() - FIELDS_SHOWN) + " more fields"));
            }
            content.add(fields);
        }
        add(content);
        Button confirm = new Button("Update to today's data", e -> {
            update.run();
            close();
        });
        confirm.setId("confirm-repin");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button("Keep the pin", e -> close());
        keep.setId("keep-pin");
        getFooter().add(keep, confirm);
    }

    private static String describe(FieldDiff.Difference d) {
        String path = d.path().startsWith("properties.") ? d.path().substring("properties.".length()) : d.path();
        return path + ": " + (d.before() == null ? "(none)" : d.before()) + " → " + (d.after() == null ? "(none)" : d.after());
    }
}
