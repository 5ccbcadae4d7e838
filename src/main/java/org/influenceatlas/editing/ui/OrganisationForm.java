package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.alignment.Organisation;
import org.influenceatlas.base.Period;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Optional;

/** An alliance, union or diplomatic format. */
class OrganisationForm extends FactForm<Organisation> {

    final TextField name = Fields.line("Short name");
    final TextField fullName = Fields.line("Full name");
    final TextField kind = Fields.line("Kind (e.g. military-alliance, economic-union)");
    final PeriodFields period = new PeriodFields();
    final TextArea notes = Fields.area("Notes");
    final CitationList citations;

    OrganisationForm(FormContext context) {
        citations = new CitationList("Sources", context.sources(), context.newSource());
        id.setHelperText("Upper-case letters, digits and hyphens (CSTO); fixed once created");
        layout.add(name, fullName, kind, period.from, period.to);
        add(notes, 2);
        add(citations, 2);
    }

    @Override
    FactType type() {
        return FactType.ORGANISATION;
    }

    @Override
    String idOf(Organisation fact) {
        return fact.id();
    }

    @Override
    String nameOf(Organisation fact) {
        return fact.name();
    }

    @Override
    void fill(Organisation o) {
        name.setValue(o.name());
        fullName.setValue(Fields.show(o.fullName()));
        kind.setValue(Fields.show(o.kind()));
        period.load(o.period());
        notes.setValue(Fields.show(o.notes()));
        citations.load(o.citations());
    }

    @Override
    Optional<Organisation> readFact(FormReader r) {
        r.field("name", name);
        r.field("fullName", fullName);
        r.field("kind", kind);
        Period when = period.read(r, "period.");
        r.field("notes", notes);
        List<Citation> sources = citations.read(r, "");
        if (!r.ok()) {
            return Optional.empty();
        }
        return r.build("", Organisation.class, () -> new Organisation(idText(), Fields.text(name), Fields.text(fullName), Fields.text(kind),
                when, Fields.text(notes), sources));
    }
}
