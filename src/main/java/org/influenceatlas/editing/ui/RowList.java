package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An ordered list of sub-forms (citations, status changes, segments, waypoints) that the user
 * adds to, reorders and removes from. Errors about the list as a whole ("needs at least one
 * source") show under its title.
 */
class RowList<R extends Component> extends Div implements HasValidation {

    private final List<R> rows = new ArrayList<>();
    private final Div body = new Div();
    private final Span error = new Span();
    private final Supplier<R> newRow;
    private final String itemName;
    private boolean invalid;
    private Runnable changeListener = () -> { };

    RowList(String title, String itemName, Supplier<R> newRow) {
        this.newRow = newRow;
        this.itemName = itemName;
        addClassName("atlas-row-list");
        error.addClassName("atlas-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button add = new Button("Add " + itemName, e -> {
            add(newRow.get());
            changed();
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(new H4(title), error, body, add);
    }

    void setRows(List<R> values) {
        rows.clear();
        rows.addAll(values);
        render();
    }

    List<R> rows() {
        return List.copyOf(rows);
    }

    R add(R row) {
        rows.add(row);
        render();
        return row;
    }

    /** Tells the owner after the user added, moved or removed a row (the map redraws a route). */
    void onChange(Runnable listener) {
        this.changeListener = listener;
    }

    private void changed() {
        changeListener.run();
    }

    private void render() {
        body.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            int index = i;
            Button up = small("Move up", () -> move(index, -1));
            up.setEnabled(i > 0);
            Button down = small("Move down", () -> move(index, 1));
            down.setEnabled(i < rows.size() - 1);
            Button remove = small("Remove " + itemName, () -> {
                rows.remove(index);
                render();
                changed();
            });
            Div tools = new Div(up, down, remove);
            tools.addClassName("atlas-row-tools");
            Div wrapper = new Div(row, tools);
            wrapper.addClassName("atlas-row");
            body.add(wrapper);
        }
    }

    private void move(int index, int delta) {
        R row = rows.remove(index);
        rows.add(index + delta, row);
        render();
        changed();
    }

    private static Button small(String label, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    R newRow() {
        return newRow.get();
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
