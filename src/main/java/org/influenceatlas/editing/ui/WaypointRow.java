package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.corridor.Waypoint;

import java.util.Optional;

/** One named town a route runs through, with its point. */
class WaypointRow extends Div {

    final TextField place = new TextField("Place");
    final NumberField latitude = new NumberField("Latitude");
    final NumberField longitude = new NumberField("Longitude");

    WaypointRow(Runnable typed) {
        addClassName("atlas-waypoint");
        latitude.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed.run();
            }
        });
        longitude.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed.run();
            }
        });
        place.setMaxLength(Fields.MAX_LINE);
        latitude.setStep(0.0001);
        longitude.setStep(0.0001);
        add(place, latitude, longitude);
    }

    void load(Waypoint w) {
        place.setValue(w.place());
        set(w.point());
    }

    void set(GeoPoint point) {
        latitude.setValue(point.latitude());
        longitude.setValue(point.longitude());
    }

    Optional<Waypoint> read(FormReader r, String prefix) {
        String name = r.value(prefix + "place", place, () -> {
            if (place.getValue().isBlank()) {
                throw new IllegalArgumentException("place is missing: name the town the route runs through");
            }
            return place.getValue().trim();
        });
        r.field(prefix + "point", latitude);
        Double lat = r.value(prefix + "point.latitude", latitude, () -> number(latitude, "latitude"));
        Double lon = r.value(prefix + "point.longitude", longitude, () -> number(longitude, "longitude"));
        if (name == null || lat == null || lon == null) {
            return Optional.empty();
        }
        return r.build(prefix + "point.", GeoPoint.class, () -> new GeoPoint(lat, lon)).map(point -> new Waypoint(name, point));
    }

    /** The point on the map, when both numbers are given and in range. */
    Optional<GeoPoint> point() {
        try {
            return latitude.getValue() == null || longitude.getValue() == null ? Optional.empty()
                    : Optional.of(new GeoPoint(latitude.getValue(), longitude.getValue()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Double number(NumberField field, String name) {
        if (field.getValue() == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return field.getValue();
    }
}
