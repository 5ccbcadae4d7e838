package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.Precision;
import org.influenceatlas.map.GeometryEditor;

/**
 * A fact's point, how far it can be trusted (the site itself, or a nearby town standing in for
 * it) and, where the record has one, whether it lies at sea on purpose. The map's point editor
 * drives the two number fields, which stay usable on their own (typing coordinates from a source).
 */
final class PointFields {

    final NumberField latitude = new NumberField("Latitude");
    final NumberField longitude = new NumberField("Longitude");
    final Select<Precision> precision = Fields.choice("Precision", Precision.class);
    final Checkbox offshore = new Checkbox("At sea on purpose (offshore)");
    /** Click places the point, drag or arrow keys move it; the number fields follow, and the map follows them. */
    final GeometryEditor map = GeometryEditor.point();

    PointFields() {
        latitude.setMin(-90);
        latitude.setMax(90);
        latitude.setStep(0.0001);
        latitude.setHelperText("-90..90, WGS 84 degrees");
        longitude.setMin(-180);
        longitude.setMax(180);
        longitude.setStep(0.0001);
        longitude.setHelperText("-180..180");
        precision.setHelperText("exact: the site itself; approximate: a nearby town stands in for it");
        map.setWidthFull();
        map.getElement().setAttribute("aria-label", "Map: click to place the point, drag or use the arrow keys to move it");
        map.addPointChangeListener(e -> set(e.point()));
        latitude.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed().ifPresent(map::setPoint);
            }
        });
        longitude.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed().ifPresent(map::setPoint);
            }
        });
    }

    /** The point the number fields hold, when both are given and in range. */
    private java.util.Optional<GeoPoint> typed() {
        try {
            return latitude.getValue() == null || longitude.getValue() == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new GeoPoint(latitude.getValue(), longitude.getValue()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    void load(GeoPoint point, Precision value, boolean atSea) {
        latitude.setValue(point.latitude());
        longitude.setValue(point.longitude());
        map.setPoint(point);
        precision.setValue(value);
        offshore.setValue(atSea);
    }

    void set(GeoPoint point) {
        latitude.setValue(point.latitude());
        longitude.setValue(point.longitude());
    }

    /** Registers {@code location.latitude}, {@code location.longitude}; null when refused. */
    GeoPoint read(FormReader r) {
        Double lat = r.value("location.latitude", latitude, () -> required(latitude, "latitude"));
        Double lon = r.value("location.longitude", longitude, () -> required(longitude, "longitude"));
        if (lat == null || lon == null) {
            return null;
        }
        r.field("location", latitude);
        // The record's own range check, put on the coordinate it names.
        return r.build("location.", GeoPoint.class, () -> new GeoPoint(lat, lon)).orElse(null);
    }

    Precision readPrecision(FormReader r) {
        return r.value("precision", precision, () -> Fields.required(precision, "precision"));
    }

    private static Double required(NumberField field, String name) {
        if (field.getValue() == null) {
            throw new IllegalArgumentException(name + " is missing (a number, e.g. 40.78)");
        }
        return field.getValue();
    }
}
