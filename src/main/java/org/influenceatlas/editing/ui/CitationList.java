package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.influenceatlas.source.Citation;
import org.influenceatlas.source.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A fact's citations, in order, with a way to add a source that is not in the catalogue yet. */
class CitationList extends RowList<CitationRow> {

    CitationList(String title, SourceChoices choices, Consumer<Consumer<Source>> newSource) {
        super(title, "citation", () -> new CitationRow(choices));
        Button add = new Button("New source…", e -> newSource.accept(source -> {
            CitationRow row = add(newRow());
            row.source.setValue(source);
        }));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(add);
    }

    void load(List<Citation> citations) {
        setRows(citations.stream().map(c -> {
            CitationRow row = newRow();
            row.load(c);
            return row;
        }).toList());
    }

    /** The citations, or null when one of them is refused (each refusal is at its field). */
    List<Citation> read(FormReader r, String prefix) {
        r.field(prefix + "citations", this);
        List<Citation> citations = new ArrayList<>();
        List<CitationRow> rows = rows();
        boolean complete = true;
        for (int i = 0; i < rows.size(); i++) {
            Optional<Citation> c = rows.get(i).read(r, prefix + "citations[" + i + "].");
            c.ifPresent(citations::add);
            complete &= c.isPresent();
        }
        if (rows.isEmpty()) {
            r.refuse(prefix + "citations", "needs at least one source");
        }
        return complete ? citations : null;
    }
}
