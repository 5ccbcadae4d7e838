package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.Period;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.CorridorKind;
import org.influenceatlas.corridor.CorridorStatus;
import org.influenceatlas.corridor.Segment;
import org.influenceatlas.source.Citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A corridor: what it carries, the countries it crosses in order, and its segments with their routes. */
class CorridorForm extends FactForm<Corridor> {

    final TextField name = Fields.line("Name");
    final TextArea altNames = Fields.area("Other names (one a line)");
    final Select<CorridorKind> kind = Fields.choice("Kind", CorridorKind.class);
    final Select<CorridorStatus> status = Fields.choice("Status", CorridorStatus.class);
    final Checkbox bypassesRussia = new Checkbox("Bypasses Russia");
    final TextField countries = Fields.line("Countries crossed, in order (codes)");
    final PeriodFields period = new PeriodFields();
    final TextField capacity = Fields.line("Capacity");
    final TextArea sponsors = Fields.area("Sponsors (one a line)");
    final TextArea notes = Fields.area("Notes");
    final RowList<SegmentRow> segments;
    final CitationList citations;
    private final FormContext context;

    CorridorForm(FormContext context) {
        this.context = context;
        segments = new RowList<>("Segments", "segment", () -> new SegmentRow(context));
        citations = new CitationList("Sources", context.sources(), context.newSource());
        countries.setHelperText("e.g. CHN, KAZ, AZE, GEO, TUR");
        layout.add(name, kind);
        add(altNames, 2);
        layout.add(status, bypassesRussia);
        add(countries, 2);
        layout.add(period.from, period.to, capacity);
        add(sponsors, 2);
        add(notes, 2);
        add(segments, 2);
        add(citations, 2);
    }

    @Override
    FactType type() {
        return FactType.CORRIDOR;
    }

    @Override
    String idOf(Corridor fact) {
        return fact.id();
    }

    @Override
    String nameOf(Corridor fact) {
        return fact.name();
    }

    @Override
    void fill(Corridor c) {
        name.setValue(c.name());
        altNames.setValue(Fields.showLines(c.altNames()));
        kind.setValue(c.kind());
        status.setValue(c.status());
        bypassesRussia.setValue(c.bypassesRussia());
        countries.setValue(Fields.showCodes(c.countries()));
        period.load(c.period());
        capacity.setValue(Fields.show(c.capacity()));
        sponsors.setValue(Fields.showLines(c.sponsors()));
        notes.setValue(Fields.show(c.notes()));
        segments.setRows(c.segments().stream().map(s -> {
            SegmentRow row = new SegmentRow(context);
            row.load(s);
            return row;
        }).toList());
        citations.load(c.citations());
    }

    @Override
    Optional<Corridor> readFact(FormReader r) {
        r.field("name", name);
        r.field("altNames", altNames);
        r.field("bypassesRussia", bypassesRussia);
        CorridorKind k = r.value("kind", kind, () -> Fields.required(kind, "kind"));
        CorridorStatus s = r.value("status", status, () -> Fields.required(status, "status"));
        List<CountryCode> crossed = r.value("countries", countries, () -> Fields.codes(countries));
        if (crossed != null) {
            context.requireKnown(r, "countries", crossed);
        }
        Period when = period.read(r, "period.");
        r.field("capacity", capacity);
        r.field("sponsors", sponsors);
        r.field("notes", notes);
        r.field("segments", segments);
        List<String> used = new ArrayList<>(segments.rows().stream().map(row -> row.id.getValue()).toList());
        List<Segment> parts = new ArrayList<>();
        List<SegmentRow> rows = segments.rows();
        for (int i = 0; i < rows.size(); i++) {
            SegmentRow row = rows.get(i);
            String segmentId = row.id.getValue().isBlank() ? ChildIds.next(idText(), "S", used) : row.id.getValue();
            used.add(segmentId);
            row.read(r, "segments[" + i + "].", segmentId).ifPresent(parts::add);
        }
        List<Citation> sources = citations.read(r, "");
        if (!r.ok()) {
            return Optional.empty();
        }
        return r.build("", Corridor.class, () -> new Corridor(idText(), Fields.text(name), Fields.lines(altNames), k, s,
                bypassesRussia.getValue(), crossed, when, Fields.text(capacity), Fields.lines(sponsors), Fields.text(notes),
                parts, sources));
    }
}
