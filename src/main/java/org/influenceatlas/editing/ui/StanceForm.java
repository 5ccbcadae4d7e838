package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.alignment.Stance;
import org.influenceatlas.alignment.StanceValue;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Optional;

/** From a date on, a country's stance towards Russia, and the event that marks it. */
class StanceForm extends FactForm<Stance> {

    final TextField country = Fields.line("Country (code)");
    final TextField since = Fields.date("Since");
    final Select<StanceValue> value = Fields.choice("Stance towards Russia", StanceValue.class);
    final TextArea event = Fields.area("What marks it");
    final CitationList citations;
    private final FormContext context;

    StanceForm(FormContext context) {
        this.context = context;
        citations = new CitationList("Sources", context.sources(), context.newSource());
        layout.add(country, since, value);
        add(event, 2);
        add(citations, 2);
    }

    @Override
    FactType type() {
        return FactType.STANCE;
    }

    @Override
    String idOf(Stance fact) {
        return fact.id();
    }

    @Override
    String nameOf(Stance fact) {
        return fact.country().value() + " since " + fact.since();
    }

    @Override
    void fill(Stance s) {
        country.setValue(s.country().value());
        since.setValue(s.since().toString());
        value.setValue(s.value());
        event.setValue(Fields.show(s.event()));
        citations.load(s.citations());
    }

    @Override
    Optional<Stance> readFact(FormReader r) {
        CountryCode code = r.value("country", country, () -> Fields.code(country));
        if (code != null) {
            context.requireKnown(r, "country", List.of(code));
        }
        PartialDate from = r.value("since", since, () -> Fields.requiredDate(since));
        StanceValue v = r.value("value", value, () -> Fields.required(value, "stance"));
        r.field("event", event);
        List<Citation> sources = citations.read(r, "");
        if (!r.ok()) {
            return Optional.empty();
        }
        return r.build("", Stance.class, () -> new Stance(idText(), code, from, v, Fields.text(event), sources));
    }
}
