package org.influenceatlas.briefing;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON exchange form of a briefing (export, import, and the API's answer). Plain values
 * only; {@link #toBriefing()} runs them through the domain types' checks.
 */
public record BriefingDocument(String format, String slug, String title, String summary, String author, String created,
                               String updated, String dataAsOf, int version, List<SlideDocument> slides) {

    public static final String FORMAT = "influence-atlas-briefing/1";

    public record SlideDocument(String title, String body, MapDocument map) {
    }

    public record MapDocument(String asOf, List<Double> view, List<String> layers, String selected,
                              List<String> highlighted, String organisation) {
    }

    public static BriefingDocument of(Briefing b) {
        return new BriefingDocument(FORMAT, b.slug(), b.title(), b.summary(), b.author(), b.created().toString(),
                b.updated().toString(), b.dataAsOf().toString(), b.version(), b.slides().stream()
                .map(s -> new SlideDocument(s.title(), s.body(), new MapDocument(s.map().asOf().toString(),
                        List.of(s.map().latitude(), s.map().longitude(), (double) s.map().zoom()), s.map().layers(),
                        s.map().selected(), s.map().highlighted(), s.map().organisation())))
                .toList());
    }

    /**
     * The briefing this document describes, as a new local briefing (version 0).
     *
     * @throws IllegalArgumentException naming the slide and field that is wrong
     */
    public Briefing toBriefing() {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("format: expected '" + FORMAT + "', got '" + format + "'");
        }
        if (slides == null || slides.isEmpty()) {
            throw new IllegalArgumentException("slides: a briefing needs at least one slide");
        }
        List<Slide> built = new java.util.ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            SlideDocument s = slides.get(i);
            String where = "slides[" + i + "]";
            try {
                MapDocument m = s.map();
                if (m == null || m.view() == null || m.view().size() != 3) {
                    throw new IllegalArgumentException("map.view must be [lat, lon, zoom]");
                }
                built.add(new Slide(s.title(), s.body(), new SlideMap(date(m.asOf()), m.view().get(0), m.view().get(1),
                        (int) Math.round(m.view().get(2)), orEmpty(m.layers()), m.selected(), orEmpty(m.highlighted()),
                        m.organisation())));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
        }
        LocalDate createdDate = created == null ? LocalDate.now() : date(created);
        return new Briefing(slug, title, summary, author, createdDate, updated == null ? createdDate : date(updated),
                dataAsOf == null ? LocalDate.now() : date(dataAsOf), false, 0, built);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY-MM-DD");
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
