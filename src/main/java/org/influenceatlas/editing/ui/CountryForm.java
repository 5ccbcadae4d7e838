package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.country.Country;
import org.influenceatlas.country.CountryStatus;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Optional;

/** A country's names, what kind of actor it is, and for a breakaway or occupied territory, its claimant. */
class CountryForm extends FactForm<Country> {

    final TextField name = Fields.line("Name");
    final TextArea altNames = Fields.area("Other names (one a line)");
    final Select<CountryStatus> status = Fields.choice("Status", CountryStatus.class);
    final TextField claimedBy = Fields.line("Claimed by (code; for a breakaway or occupied territory)");
    final TextArea notes = Fields.area("Notes");
    final CitationList citations;
    private final FormContext context;

    CountryForm(FormContext context) {
        this.context = context;
        citations = new CitationList("Sources", context.sources(), context.newSource());
        id.setHelperText("ISO 3166-1 alpha-3, or a user-assigned X.. code; fixed once created");
        layout.add(name, status);
        add(altNames, 2);
        layout.add(claimedBy);
        add(notes, 2);
        add(citations, 2);
    }

    @Override
    FactType type() {
        return FactType.COUNTRY;
    }

    @Override
    String idOf(Country fact) {
        return fact.code().value();
    }

    @Override
    String nameOf(Country fact) {
        return fact.name();
    }

    @Override
    void fill(Country c) {
        name.setValue(c.name());
        altNames.setValue(Fields.showLines(c.altNames()));
        status.setValue(c.status());
        claimedBy.setValue(c.claimedBy() == null ? "" : c.claimedBy().value());
        notes.setValue(Fields.show(c.notes()));
        citations.load(c.citations());
    }

    @Override
    Optional<Country> readFact(FormReader r) {
        CountryCode code = r.value("code", id, () -> CountryCode.of(idText()));
        r.field("name", name);
        r.field("altNames", altNames);
        CountryStatus s = r.value("status", status, () -> Fields.required(status, "status"));
        CountryCode claimant = r.value("claimedBy", claimedBy, () -> claimedBy.getValue().isBlank() ? null : Fields.code(claimedBy));
        if (claimant != null) {
            context.requireKnown(r, "claimedBy", List.of(claimant));
        }
        r.field("notes", notes);
        List<Citation> sources = citations.read(r, "");
        if (!r.ok()) {
            return Optional.empty();
        }
        return r.build("", Country.class, () -> new Country(code, Fields.text(name), Fields.lines(altNames), s, claimant, Fields.text(notes), sources));
    }
}
