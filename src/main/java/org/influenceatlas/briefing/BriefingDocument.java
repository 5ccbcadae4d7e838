package org.influenceatlas.briefing;

import org.influenceatlas.base.InvalidField;
import org.influenceatlas.base.RecordDates;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.MapView;
import org.influenceatlas.layer.Selection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * The JSON exchange form of a briefing (export, import, and the API's answer). Plain values
 * only; {@link #toBriefing(FeatureDirectory, LocalDate)} runs them through the domain types' checks.
 */
public record BriefingDocument(String format, String slug, String title, String summary, String author, String created,
                               String updated, String dataAsOf, int version, List<SlideDocument> slides, String knownOn) {

    public static final String FORMAT = "influence-atlas-briefing/1";

    public record SlideDocument(String title, String body, MapDocument map) {
    }

    /**
     * A slide's map state in JSON: the map state's own named values, as lists where they are lists.
     * {@code grade} and {@code below} are absent (null) when the slide plays no fact down by grade.
     */
    public record MapDocument(String asOf, List<Double> view, List<String> layers, String selected,
                              List<String> highlighted, String organisation, String grade, String below) {

        static MapDocument of(MapState map) {
            MapView v = map.view().orElseThrow();
            List<Double> view = new java.util.ArrayList<>(List.of(v.latitude(), v.longitude(), (double) v.zoom()));
            v.bounds().ifPresent(b -> view.addAll(List.of(b.south(), b.west(), b.north(), b.east())));
            return new MapDocument(map.asOf().toString(), List.copyOf(view),
                    List.copyOf(map.layers()), map.selection().map(Selection::toParameter).orElse(null), map.highlighted(),
                    map.organisation().orElse(null),
                    map.gradeFilter().map(f -> f.threshold().toString()).orElse(null),
                    map.gradeFilter().map(f -> f.below().code()).orElse(null));
        }

        /** Read by the map state's parser, as the Markdown line and the URL are. */
        MapState toMapState(FeatureDirectory features) {
            if (view == null || (view.size() != 3 && view.size() != 7) || view.contains(null)) {
                throw new InvalidField("map.view", "must be [lat, lon, zoom] or [lat, lon, zoom, south, west, north, east]");
            }
            if (asOf == null) {
                throw new InvalidField("map.asOf", "is missing");
            }
            if (layers != null && layers.size() > 20) {
                throw new InvalidField("map.layers", "at most 20 layers, not " + layers.size());
            }
            if (highlighted != null && highlighted.size() > MapState.MAX_HIGHLIGHTED) {
                throw new InvalidField("map.highlighted", "at most " + MapState.MAX_HIGHLIGHTED + " features, not " + highlighted.size());
            }
            if (layers != null && layers.contains(null) || highlighted != null && highlighted.contains(null)) {
                throw new InvalidField("map", "a list holds null");
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("asOf", asOf);
            values.put("view", view.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
            values.put("layers", String.join(",", orEmpty(layers)));
            values.put("select", selected == null ? "" : selected);
            values.put("highlight", String.join(",", orEmpty(highlighted)));
            values.put("org", organisation == null ? "" : organisation);
            values.put("grade", grade == null ? "" : grade);
            if (below != null) {
                values.put("below", below);
            }
            MapState.Parsed parsed = MapState.parse(values, MapState.initial(MapState.FIRST_DAY, List.of()), features.layers(),
                    features::layerOf);
            if (!parsed.problems().isEmpty()) {
                MapState.Problem first = parsed.problems().get(0);
                throw new InvalidField("map." + (first.field().equals("select") ? "selected" : first.field().equals("highlight")
                        ? "highlighted" : first.field().equals("org") ? "organisation" : first.field()),
                        parsed.problems().stream().map(MapState.Problem::toString).collect(java.util.stream.Collectors.joining("; ")));
            }
            return parsed.state();
        }
    }

    public static BriefingDocument of(Briefing b) {
        return new BriefingDocument(FORMAT, b.slug(), b.title(), b.summary(), b.author(), b.created().toString(),
                b.updated().toString(), b.dataAsOf().toString(), b.version(), b.slides().stream()
                .map(s -> new SlideDocument(s.title(), s.body(), MapDocument.of(s.map())))
                .toList(), b.knownOn() == null ? null : b.knownOn().toString());
    }

    /**
     * The briefing this document describes, as a new local briefing (version 0).
     *
     * @throws IllegalArgumentException naming the slide and field that is wrong
     */
    public Briefing toBriefing(FeatureDirectory features, LocalDate today) {
        if (!FORMAT.equals(format)) {
            throw new InvalidField("format", "expected '" + FORMAT + "', got '" + RecordDates.shorten(format) + "'");
        }
        if (slides == null || slides.isEmpty()) {
            throw new InvalidField("slides", "a briefing needs at least one slide");
        }
        // Counted before any slide is built: a document of 3,000 slides is refused without the work.
        if (slides.size() > Briefing.MAX_SLIDES) {
            throw new InvalidField("slides", "at most " + Briefing.MAX_SLIDES + " slides, not " + slides.size());
        }
        List<Slide> built = new java.util.ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            SlideDocument s = slides.get(i);
            String where = "slide " + (i + 1) + ": ";
            try {
                if (s == null) {
                    throw new InvalidField("slide", "is null");
                }
                if (s.map() == null) {
                    throw new InvalidField("map", "is missing");
                }
                built.add(new Slide(s.title(), s.body(), s.map().toMapState(features)));
            } catch (IllegalArgumentException e) {
                throw InvalidField.of(e, "slide").within("slides[" + i + "]", where);
            }
        }
        LocalDate createdDate = created == null ? today : RecordDates.check("created", RecordDates.parse("created", created), today);
        LocalDate updatedDate = updated == null ? createdDate : RecordDates.check("updated", RecordDates.parse("updated", updated), today);
        LocalDate asOfDate = dataAsOf == null ? today : RecordDates.check("dataAsOf", RecordDates.parse("dataAsOf", dataAsOf), today);
        return new Briefing(slug, title, summary, author, createdDate, updatedDate, asOfDate, false, 0, built,
                knownOn == null ? null : instant(knownOn));
    }

    private static java.time.Instant instant(String text) {
        try {
            return java.time.Instant.parse(text);
        } catch (RuntimeException e) {
            throw new InvalidField("knownOn", "'" + text + "' is not an instant such as 2026-01-27T12:00:00Z");
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
