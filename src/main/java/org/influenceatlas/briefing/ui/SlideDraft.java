package org.influenceatlas.briefing.ui;

import org.influenceatlas.briefing.Slide;
import org.influenceatlas.briefing.SlideMap;
import org.influenceatlas.map.MapLayer;
import org.influenceatlas.map.MapState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A slide being edited: raw field values that may be half-typed and invalid. Nothing is lost
 * while it is wrong; {@link #toSlide()} says what is wrong when the briefing is saved.
 */
final class SlideDraft {

    String title = "";
    String body = "";
    LocalDate asOf = LocalDate.now();
    String view = "44,48,4";
    List<String> layers = new ArrayList<>(SlideMap.LAYERS);
    String selected = "";
    String highlighted = "";
    String organisation = "";

    static SlideDraft of(Slide slide) {
        SlideDraft d = new SlideDraft();
        d.title = slide.title();
        d.body = slide.body();
        SlideMap m = slide.map();
        d.asOf = m.asOf();
        d.view = String.format(Locale.ROOT, "%s,%s,%d", trim(m.latitude()), trim(m.longitude()), m.zoom());
        d.layers = new ArrayList<>(m.layers());
        d.selected = m.selected() == null ? "" : m.selected();
        d.highlighted = String.join(",", m.highlighted());
        d.organisation = m.organisation() == null ? "" : m.organisation();
        return d;
    }

    SlideDraft copy() {
        SlideDraft d = new SlideDraft();
        d.title = title;
        d.body = body;
        d.asOf = asOf;
        d.view = view;
        d.layers = new ArrayList<>(layers);
        d.selected = selected;
        d.highlighted = highlighted;
        d.organisation = organisation;
        return d;
    }

    /** Copies what the map shows now: date, view, layers, selection and organisation. */
    void capture(MapState state) {
        asOf = state.asOf();
        state.view().ifPresent(v -> view = v.toParameter());
        layers = state.layers().stream().sorted().map(MapLayer::id).collect(Collectors.toCollection(ArrayList::new));
        selected = state.selection().map(s -> s.id()).orElse("");
        organisation = state.organisation().orElse("");
    }

    /** @throws IllegalArgumentException naming the field that is wrong */
    Slide toSlide() {
        String[] parts = view.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("view: must be lat,lon,zoom");
        }
        SlideMap map;
        try {
            map = new SlideMap(asOf, Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()), layers, selected,
                    Arrays.stream(highlighted.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(), organisation);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("view: must be numbers lat,lon,zoom");
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("asOf: is missing");
        }
        return new Slide(title, body, map);
    }

    private static String trim(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("\\.?0+$", "");
    }
}
