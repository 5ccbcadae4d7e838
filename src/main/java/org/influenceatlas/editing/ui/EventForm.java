package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Precision;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventKind;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Optional;

/** An event: when (a day or a few), what, where (placed on the map), who was involved, and at which site. */
class EventForm extends FactForm<Event> {

    final PeriodFields period = new PeriodFields("Date", "Until (for an event of several days)");
    final TextField name = Fields.line("Name");
    final TextArea altNames = Fields.area("Other names (one a line)");
    final Select<EventKind> kind = Fields.choice("Kind", EventKind.class);
    final PointFields point = new PointFields();
    final TextField place = Fields.line("Place");
    final TextField countries = Fields.line("Countries involved (codes)");
    final TextArea summary = Fields.area("Summary");
    final TextField site = Fields.line("At presence site (id, if any)");
    final CitationList citations;
    private final FormContext context;

    EventForm(FormContext context) {
        this.context = context;
        citations = new CitationList("Sources", context.sources(), context.newSource());
        countries.setHelperText("e.g. RUS, GEO");
        layout.add(name, kind, period.from, period.to);
        add(altNames, 2);
        add(point.map, 2);
        layout.add(point.latitude, point.longitude, point.precision, point.offshore, place, site);
        add(countries, 2);
        add(summary, 2);
        add(citations, 2);
    }

    @Override
    FactType type() {
        return FactType.EVENT;
    }

    @Override
    String idOf(Event fact) {
        return fact.id();
    }

    @Override
    String nameOf(Event fact) {
        return fact.name();
    }

    @Override
    void fill(Event e) {
        period.load(e.period());
        name.setValue(e.name());
        altNames.setValue(Fields.showLines(e.altNames()));
        kind.setValue(e.kind());
        point.load(e.location(), e.precision(), e.offshore());
        place.setValue(Fields.show(e.place()));
        countries.setValue(Fields.showCodes(e.countries()));
        summary.setValue(Fields.show(e.summary()));
        site.setValue(Fields.show(e.site()));
        citations.load(e.citations());
    }

    @Override
    Optional<Event> readFact(FormReader r) {
        Period when = period.read(r, "period.");
        r.field("name", name);
        r.field("altNames", altNames);
        EventKind k = r.value("kind", kind, () -> Fields.required(kind, "kind"));
        GeoPoint location = point.read(r);
        Precision precision = point.readPrecision(r);
        r.field("offshore", point.offshore);
        r.field("place", place);
        List<CountryCode> involved = r.value("countries", countries, () -> Fields.codes(countries));
        if (involved != null) {
            context.requireKnown(r, "countries", involved);
        }
        r.field("summary", summary);
        r.field("site", site);
        List<Citation> sources = citations.read(r, "");
        if (!r.ok()) {
            return Optional.empty();
        }
        return r.build("", Event.class, () -> new Event(idText(), when, Fields.text(name), Fields.lines(altNames), k, location, precision,
                Fields.text(place), involved, Fields.text(summary), sources, Fields.text(site), point.offshore.getValue()));
    }
}
