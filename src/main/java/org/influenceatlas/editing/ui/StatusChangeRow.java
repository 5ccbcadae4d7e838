package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.presence.PresenceStatus;
import org.influenceatlas.presence.StatusChange;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Optional;

/** One change of a presence's status: from when, to what, with what strength, why, and its sources. */
class StatusChangeRow extends FormLayout {

    final TextField id = Fields.line("Change id");
    final TextField from = Fields.date("From");
    final Select<PresenceStatus> status = Fields.choice("Status", PresenceStatus.class);
    final TextField personnel = Fields.line("Personnel");
    final TextArea note = Fields.area("Note");
    final CitationList citations;

    StatusChangeRow(FormContext context) {
        addClassName("atlas-status-change");
        citations = new CitationList("Sources of this change", context.sources(), context.newSource());
        id.setReadOnly(true);
        id.setHelperText("Given on save");
        add(from, status, personnel, id);
        add(note, 2);
        add(citations, 2);
    }

    void load(StatusChange change) {
        id.setValue(change.id() == null ? "" : change.id());
        from.setValue(Fields.show(change.from()));
        status.setValue(change.status());
        personnel.setValue(Fields.show(change.personnel()));
        note.setValue(Fields.show(change.note()));
        citations.load(change.citations());
    }

    Optional<StatusChange> read(FormReader r, String prefix, String changeId) {
        PartialDate day = r.value(prefix + "from", from, () -> Fields.requiredDate(from));
        PresenceStatus value = r.value(prefix + "status", status, () -> Fields.required(status, "status"));
        r.field(prefix + "personnel", personnel);
        r.field(prefix + "note", note);
        List<Citation> sources = citations.read(r, prefix);
        if (day == null || value == null || sources == null) {
            return Optional.empty();
        }
        return r.build(prefix, StatusChange.class, () -> new StatusChange(changeId, day, value, Fields.text(personnel), Fields.text(note), sources));
    }
}
