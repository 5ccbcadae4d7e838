package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.alignment.Membership;
import org.influenceatlas.alignment.Relation;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.Period;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Optional;

/** A country's relation to an organisation for a period; a change of relation is a new membership. */
class MembershipForm extends FactForm<Membership> {

    final TextField country = Fields.line("Country (code)");
    final Select<String> organisation = new Select<>();
    final Select<Relation> relation = Fields.choice("Relation", Relation.class);
    final PeriodFields period = new PeriodFields();
    final TextArea notes = Fields.area("Notes");
    final CitationList citations;
    private final FormContext context;

    MembershipForm(FormContext context) {
        this.context = context;
        citations = new CitationList("Sources", context.sources(), context.newSource());
        organisation.setLabel("Organisation");
        organisation.setItems(context.organisationIds());
        layout.add(country, organisation, relation, period.from, period.to);
        add(notes, 2);
        add(citations, 2);
    }

    @Override
    FactType type() {
        return FactType.MEMBERSHIP;
    }

    @Override
    String idOf(Membership fact) {
        return fact.id();
    }

    @Override
    String nameOf(Membership fact) {
        return fact.country().value() + " in " + fact.organisation();
    }

    @Override
    void fill(Membership m) {
        country.setValue(m.country().value());
        organisation.setValue(m.organisation());
        relation.setValue(m.relation());
        period.load(m.period());
        notes.setValue(Fields.show(m.notes()));
        citations.load(m.citations());
    }

    @Override
    Optional<Membership> readFact(FormReader r) {
        CountryCode code = r.value("country", country, () -> Fields.code(country));
        if (code != null) {
            context.requireKnown(r, "country", List.of(code));
        }
        String org = r.value("organisation", organisation, () -> {
            if (organisation.getValue() == null) {
                throw new IllegalArgumentException("organisation is missing");
            }
            return organisation.getValue();
        });
        Relation rel = r.value("relation", relation, () -> Fields.required(relation, "relation"));
        Period when = period.read(r, "period.");
        r.field("notes", notes);
        List<Citation> sources = citations.read(r, "");
        if (!r.ok()) {
            return Optional.empty();
        }
        return r.build("", Membership.class, () -> new Membership(idText(), code, org, rel, when, Fields.text(notes), sources));
    }
}
