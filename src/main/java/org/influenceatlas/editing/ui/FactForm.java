package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Optional;

/**
 * The form of one kind of fact: it shows a record, and reads the record back from what the
 * user typed with the record's own rules. A refused read leaves every field as typed.
 */
abstract class FactForm<T> extends Div {

    final TextField id = Fields.line("Id");
    final FormLayout layout = new FormLayout();

    FactForm() {
        addClassName("atlas-fact-form");
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        id.setHelperText("Fixed once created: other facts and links name it");
        layout.add(id);
        add(layout);
    }

    abstract FactType type();

    abstract String idOf(T fact);

    /** A short name for titles and notices. */
    abstract String nameOf(T fact);

    abstract void fill(T fact);

    /** The record, or empty when some field is refused (the refusals are on the fields). */
    abstract Optional<T> readFact(FormReader r);

    /** Fills the form with a published fact; its id can no longer change. */
    final void load(T fact) {
        id.setValue(idOf(fact));
        id.setReadOnly(true);
        fill(fact);
    }

    final Optional<T> read(FormReader r) {
        r.value("id", id, () -> {
            String value = id.getValue().trim();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("id is missing");
            }
            if (!org.influenceatlas.layer.Selection.ID.matcher(value).matches()) {
                throw new IllegalArgumentException("id '" + value + "' may hold letters, digits, '_', '.' and '-' (at most 100)");
            }
            return value;
        });
        Optional<T> fact = readFact(r);
        return r.ok() ? fact : Optional.empty();
    }

    String idText() {
        return id.getValue().trim();
    }

    void add(Component component, int colspan) {
        layout.add(component, colspan);
    }

    /** For the view, which holds forms of every type. */
    @SuppressWarnings("unchecked")
    final Optional<Object> readAny(FormReader r) {
        return (Optional<Object>) read(r);
    }

    @SuppressWarnings("unchecked")
    final void loadAny(Object fact) {
        load((T) fact);
    }
}
