package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Precision;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceKind;
import org.influenceatlas.presence.PresenceStatus;
import org.influenceatlas.presence.StatusChange;
import org.influenceatlas.source.Citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A military presence: what and whose it is, where (placed on the map), when, and its status history. */
class PresenceForm extends FactForm<MilitaryPresence> {

    final TextField name = Fields.line("Name");
    final TextArea altNames = Fields.area("Other names (one a line)");
    final Select<PresenceKind> kind = Fields.choice("Kind", PresenceKind.class);
    final TextField operator = Fields.line("Operator (country code)");
    final TextField host = Fields.line("Host (country code)");
    final PointFields point = new PointFields();
    final TextArea locationNote = Fields.area("Location note (where the point comes from)");
    final PeriodFields period = new PeriodFields();
    final Select<PresenceStatus> status = Fields.choice("Status", PresenceStatus.class);
    final TextField personnel = Fields.line("Personnel");
    final TextArea notes = Fields.area("Notes");
    final RowList<StatusChangeRow> history;
    final CitationList citations;
    private final FormContext context;

    PresenceForm(FormContext context) {
        this.context = context;
        history = new RowList<>("Status history", "status change", () -> new StatusChangeRow(context));
        citations = new CitationList("Sources", context.sources(), context.newSource());
        operator.setMaxLength(3);
        host.setMaxLength(3);
        layout.add(name, kind);
        add(altNames, 2);
        layout.add(operator, host);
        add(point.map, 2);
        layout.add(point.latitude, point.longitude, point.precision, point.offshore);
        add(locationNote, 2);
        layout.add(period.from, period.to, status, personnel);
        add(notes, 2);
        add(history, 2);
        add(citations, 2);
    }

    @Override
    FactType type() {
        return FactType.PRESENCE;
    }

    @Override
    String idOf(MilitaryPresence fact) {
        return fact.id();
    }

    @Override
    String nameOf(MilitaryPresence fact) {
        return fact.name();
    }

    @Override
    void fill(MilitaryPresence p) {
        name.setValue(p.name());
        altNames.setValue(Fields.showLines(p.altNames()));
        kind.setValue(p.kind());
        operator.setValue(p.operator().value());
        host.setValue(p.host().value());
        point.load(p.location(), p.precision(), p.offshore());
        // The other sites, faint, so a point is placed knowing what is near it.
        point.map.setContextLayer(org.influenceatlas.presence.PresenceLayer.ID, Optional.of(p.id()));
        locationNote.setValue(Fields.show(p.locationNote()));
        period.load(p.period());
        status.setValue(p.status());
        personnel.setValue(Fields.show(p.personnel()));
        notes.setValue(Fields.show(p.notes()));
        history.setRows(p.history().stream().map(c -> {
            StatusChangeRow row = new StatusChangeRow(context);
            row.load(c);
            return row;
        }).toList());
        citations.load(p.citations());
    }

    @Override
    Optional<MilitaryPresence> readFact(FormReader r) {
        r.field("name", name);
        r.field("altNames", altNames);
        PresenceKind k = r.value("kind", kind, () -> Fields.required(kind, "kind"));
        CountryCode op = r.value("operator", operator, () -> Fields.code(operator));
        CountryCode ho = r.value("host", host, () -> Fields.code(host));
        if (op != null) {
            context.requireKnown(r, "operator", List.of(op));
        }
        if (ho != null) {
            context.requireKnown(r, "host", List.of(ho));
        }
        GeoPoint location = point.read(r);
        Precision precision = point.readPrecision(r);
        r.field("offshore", point.offshore);
        r.field("locationNote", locationNote);
        Period when = period.read(r, "period.");
        PresenceStatus now = r.value("status", status, () -> Fields.required(status, "status"));
        r.field("personnel", personnel);
        r.field("notes", notes);
        List<StatusChange> changes = readHistory(r);
        List<Citation> sources = citations.read(r, "");
        if (!r.ok()) {
            return Optional.empty();
        }
        return r.build("", MilitaryPresence.class, () -> new MilitaryPresence(idText(), Fields.text(name), Fields.lines(altNames), k, op, ho,
                location, precision, Fields.text(locationNote), when, now, Fields.text(personnel), Fields.text(notes),
                changes, sources, point.offshore.getValue()));
    }

    private List<StatusChange> readHistory(FormReader r) {
        r.field("history", history);
        List<String> used = new ArrayList<>(history.rows().stream().map(row -> row.id.getValue()).toList());
        List<StatusChange> changes = new ArrayList<>();
        List<StatusChangeRow> rows = history.rows();
        for (int i = 0; i < rows.size(); i++) {
            StatusChangeRow row = rows.get(i);
            String changeId = row.id.getValue().isBlank() ? ChildIds.next(idText(), "H", used) : row.id.getValue();
            used.add(changeId);
            row.read(r, "history[" + i + "].", changeId).ifPresent(changes::add);
        }
        return changes;
    }
}
