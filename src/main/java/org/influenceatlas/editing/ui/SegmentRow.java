package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.Period;
import org.influenceatlas.map.GeometryEditor;
import org.influenceatlas.corridor.CorridorStatus;
import org.influenceatlas.corridor.Segment;
import org.influenceatlas.corridor.Waypoint;
import org.influenceatlas.source.Citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A stretch of a corridor with its own name, status and dates, its route through named towns, and its sources. */
class SegmentRow extends FormLayout {

    final TextField id = Fields.line("Segment id");
    final IntegerField seq = new IntegerField("Order along the corridor");
    final TextField name = Fields.line("Segment name");
    final Select<CorridorStatus> status = Fields.choice("Segment status", CorridorStatus.class);
    final PeriodFields period = new PeriodFields("Segment from", "Segment to");
    final RowList<WaypointRow> route = new RowList<>("Route (in order; at least two towns)", "waypoint",
            () -> new WaypointRow(this::redraw));
    /** Click the line to insert a waypoint, elsewhere to add one at the end; drag to move; Delete to remove. */
    final GeometryEditor map = GeometryEditor.route();
    final CitationList citations;

    SegmentRow(FormContext context) {
        addClassName("atlas-segment");
        citations = new CitationList("Sources of this segment", context.sources(), context.newSource());
        id.setReadOnly(true);
        id.setHelperText("Given on save");
        seq.setMin(1);
        seq.setMax(999);
        add(name, 2);
        add(seq, status, period.from, period.to, id);
        map.setWidthFull();
        map.getElement().setAttribute("aria-label", "Map of the segment's route: click the line to insert a waypoint, "
                + "drag one to move it, Delete to remove it");
        map.addWaypointsChangeListener(e -> follow(e.waypoints(), e.change(), e.index()));
        route.onChange(this::redraw);
        add(map, 2);
        add(route, 2);
        add(citations, 2);
    }

    /** The map's edit, in the rows: an inserted or added waypoint gets a row to name its place. */
    private void follow(List<GeoPoint> points, GeometryEditor.Change change, int index) {
        List<WaypointRow> rows = new ArrayList<>(route.rows());
        switch (change) {
            case INSERT -> rows.add(Math.max(0, Math.min(index, rows.size())), route.newRow());
            case ADD -> rows.add(route.newRow());
            case REMOVE -> {
                if (index >= 0 && index < rows.size()) {
                    rows.remove(index);
                }
            }
            default -> { }
        }
        while (rows.size() < points.size()) {
            rows.add(route.newRow());
        }
        while (rows.size() > points.size()) {
            rows.remove(rows.size() - 1);
        }
        for (int i = 0; i < points.size(); i++) {
            rows.get(i).set(points.get(i));
        }
        route.setRows(rows);
    }

    /** The rows, on the map: after a row was added, moved, removed or its numbers typed. */
    private void redraw() {
        List<WaypointRow> placed = route.rows().stream().filter(r -> r.point().isPresent()).toList();
        map.setWaypoints(placed.stream().map(r -> r.point().get()).toList());
        map.setWaypointNames(placed.stream().map(r -> r.place.getValue()).toList());
    }

    void load(Segment s) {
        id.setValue(s.id());
        seq.setValue(s.seq());
        name.setValue(Fields.show(s.name()));
        status.setValue(s.status());
        period.load(s.period());
        route.setRows(s.route().stream().map(w -> {
            WaypointRow row = route.newRow();
            row.load(w);
            return row;
        }).toList());
        redraw();
        citations.load(s.citations());
    }

    Optional<Segment> read(FormReader r, String prefix, String segmentId) {
        Integer order = r.value(prefix + "seq", seq, () -> {
            if (seq.getValue() == null) {
                throw new IllegalArgumentException("seq is missing: the segment's place along the corridor (1, 2, ...)");
            }
            return seq.getValue();
        });
        r.field(prefix + "name", name);
        CorridorStatus value = r.value(prefix + "status", status, () -> Fields.required(status, "status"));
        Period when = period.read(r, prefix + "period.");
        r.field(prefix + "route", route);
        List<Waypoint> waypoints = new ArrayList<>();
        List<WaypointRow> rows = route.rows();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).read(r, prefix + "route[" + i + "].").ifPresent(waypoints::add);
        }
        List<Citation> sources = citations.read(r, prefix);
        if (order == null || value == null || when == null || sources == null || waypoints.size() < rows.size()) {
            return Optional.empty();
        }
        return r.build(prefix, Segment.class, () -> new Segment(segmentId, order, Fields.text(name), value, when, waypoints, sources));
    }
}
