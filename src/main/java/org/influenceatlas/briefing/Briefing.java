package org.influenceatlas.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A story told over the live map: ordered slides, each with its own map state. {@code version}
 * counts saves, so that two people editing the same briefing are detected, not overwritten.
 */
public record Briefing(String slug, String title, String summary, String author, LocalDate created,
                       LocalDate updated, LocalDate dataAsOf, boolean bundled, int version, List<Slide> slides) {

    public static final String SLUG_PATTERN = "[a-z0-9][a-z0-9-]{0,79}";
    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_AUTHOR = 200;

    public Briefing {
        if (slug == null || !slug.matches(SLUG_PATTERN)) {
            throw new IllegalArgumentException("slug '" + slug + "' must be lower-case letters, digits and hyphens");
        }
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1.." + MAX_TITLE + " characters");
        }
        if (summary != null && summary.length() > MAX_SUMMARY) {
            throw new IllegalArgumentException("summary must be at most " + MAX_SUMMARY + " characters");
        }
        if (author != null && author.length() > MAX_AUTHOR) {
            throw new IllegalArgumentException("author must be at most " + MAX_AUTHOR + " characters");
        }
        Objects.requireNonNull(created, "created is missing");
        Objects.requireNonNull(updated, "updated is missing");
        Objects.requireNonNull(dataAsOf, "data-as-of is missing");
        if (updated.isBefore(created)) {
            throw new IllegalArgumentException("updated " + updated + " is before created " + created);
        }
        slides = List.copyOf(slides);
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("has no slides");
        }
    }

    /** Slide n, counted from 1 as in the slide's address. */
    public Slide slide(int n) {
        return slides.get(n - 1);
    }
}
