package org.influenceatlas.briefing.ui;

import org.influenceatlas.briefing.FeatureDirectory;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.Selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A slide being edited: raw field values that may be half-typed and invalid. Nothing is lost
 * while it is wrong; {@link #toSlide} says what is wrong when the briefing is saved. The map
 * fields are the map state's named values, read by its one parser.
 */
final class SlideDraft {

    String title = "";
    String body = "";
    LocalDate asOf;
    String view = "44,48,4";
    List<String> layers;
    String selected = "";
    String highlighted = "";
    String organisation = "";

    SlideDraft(LocalDate today, List<String> allLayers) {
        asOf = today;
        layers = new ArrayList<>(allLayers);
    }

    static SlideDraft of(Slide slide) {
        MapState m = slide.map();
        SlideDraft d = new SlideDraft(m.asOf(), List.copyOf(m.layers()));
        d.title = slide.title();
        d.body = slide.body();
        d.view = m.view().map(v -> v.toParameter()).orElse(d.view);
        d.selected = m.selection().map(Selection::toParameter).orElse("");
        d.highlighted = String.join(",", m.highlighted());
        d.organisation = m.organisation().orElse("");
        return d;
    }

    SlideDraft copy() {
        SlideDraft d = new SlideDraft(asOf, layers);
        d.title = title;
        d.body = body;
        d.view = view;
        d.selected = selected;
        d.highlighted = highlighted;
        d.organisation = organisation;
        return d;
    }

    /** Copies what the map shows now: date, view, layers, selection and organisation. */
    void capture(MapState state) {
        asOf = state.asOf();
        state.view().ifPresent(v -> view = v.toParameter());
        layers = new ArrayList<>(state.layers());
        selected = state.selection().map(Selection::toParameter).orElse("");
        organisation = state.organisation().orElse("");
    }

    /** @throws IllegalArgumentException naming every field that is wrong */
    Slide toSlide(FeatureDirectory features) {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf: is missing");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("asOf", asOf.toString());
        values.put("view", view);
        values.put("layers", String.join(",", layers));
        values.put("select", selected);
        values.put("highlight", highlighted);
        values.put("org", organisation);
        MapState map = MapState.parse(values, MapState.initial(MapState.FIRST_DAY, List.of()), features.layers(),
                features::layerOf).orThrow();
        return new Slide(title, body, map);
    }
}
