package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/** Every save says why: the note goes with the proposal to the reviewer and into the fact's history. */
class NoteDialog extends Dialog {

    static final int MAX_NOTE = 500;

    final TextArea note = new TextArea("Why (a short note for the reviewer)");

    NoteDialog(String action, String explanation, Consumer<String> submit) {
        setHeaderTitle(action);
        note.setMaxLength(MAX_NOTE);
        note.setWidthFull();
        note.setRequiredIndicatorVisible(true);
        note.setManualValidation(true);
        note.setHelperText("e.g. 'Withdrawal confirmed by the ministry's statement of 3 May'");
        Button send = new Button("Submit for review", e -> {
            String text = note.getValue().strip();
            if (text.isEmpty()) {
                note.setErrorMessage("say in a line why, so the reviewer can check it");
                note.setInvalid(true);
                return;
            }
            submit.accept(text);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button("Back to the form", e -> close());
        add(new Paragraph(explanation), note);
        getFooter().add(back, send);
    }
}
