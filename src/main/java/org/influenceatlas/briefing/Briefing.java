package org.influenceatlas.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.influenceatlas.base.InvalidField;
import org.influenceatlas.base.PlainText;
import org.influenceatlas.base.RecordDates;

/**
 * A story told over the live map: ordered slides, each with its own map state. {@code version}
 * counts saves, so that two people editing the same briefing are detected, not overwritten.
 *
 * @param knownOn   when set, the briefing's maps, details and references show what the atlas said
 *                  at that instant (transaction time), so a briefing presented in March replays the
 *                  same in December, whatever was corrected since; null shows the latest data
 * @param owner     the account that may change it (with admins); null for one the dataset ships
 * @param published whether readers see it; a briefing written in the app is a draft until its owner
 *                  publishes it, and publishing pins its maps
 */
public record Briefing(String slug, String title, String summary, String author, LocalDate created,
                       LocalDate updated, LocalDate dataAsOf, boolean bundled, int version, List<Slide> slides,
                       Instant knownOn, String owner, boolean published) {

    /** The earliest pin: the atlas has no revision before. */
    public static final Instant EARLIEST_KNOWN_ON = Instant.parse("2000-01-01T00:00:00Z");

    /** A briefing on the latest data, with no owner and published (as the dataset ships them). */
    public Briefing(String slug, String title, String summary, String author, LocalDate created, LocalDate updated,
                    LocalDate dataAsOf, boolean bundled, int version, List<Slide> slides) {
        this(slug, title, summary, author, created, updated, dataAsOf, bundled, version, slides, null);
    }

    /** A published briefing with no owner, pinned or not. */
    public Briefing(String slug, String title, String summary, String author, LocalDate created, LocalDate updated,
                    LocalDate dataAsOf, boolean bundled, int version, List<Slide> slides, Instant knownOn) {
        this(slug, title, summary, author, created, updated, dataAsOf, bundled, version, slides, knownOn, null, true);
    }

    public static final String SLUG_PATTERN = "[a-z0-9][a-z0-9-]{0,79}";
    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_AUTHOR = 200;
    /** A briefing is a talk, not a book: more slides than this are refused (a 3,000-slide one took 92 s to print). */
    public static final int MAX_SLIDES = 100;
    /**
     * Slugs that are words of the briefings' addresses ({@code /briefings/new/edit}) or of the
     * API ({@code /api/v1/briefings/x.pdf}): a briefing called {@code new} could never be edited.
     */
    public static final Set<String> RESERVED_SLUGS = Set.of("new", "edit", "present", "import", "export", "api", "pdf",
            "json", "list", "all", "briefings", "null", "undefined");

    public Briefing {
        if (slug == null || !slug.matches(SLUG_PATTERN)) {
            throw new InvalidField("slug", "'" + RecordDates.shorten(slug)
                    + "' must be 1..80 lower-case letters, digits and hyphens");
        }
        if (RESERVED_SLUGS.contains(slug)) {
            throw new InvalidField("slug", "'" + slug + "' is reserved (a word of the briefings' addresses)");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidField("title", "must be 1.." + MAX_TITLE + " characters");
        }
        PlainText.line("title", title, MAX_TITLE);
        PlainText.check("summary", summary, MAX_SUMMARY, true);
        PlainText.line("author", author, MAX_AUTHOR);
        RecordDates.checkStored("created", created);
        RecordDates.checkStored("updated", updated);
        RecordDates.checkStored("dataAsOf", dataAsOf);
        if (updated.isBefore(created)) {
            throw new InvalidField("updated", updated + " is before created " + created);
        }
        if (slides == null || slides.isEmpty()) {
            throw new InvalidField("slides", "has no slides");
        }
        if (slides.size() > MAX_SLIDES) {
            throw new InvalidField("slides", "at most " + MAX_SLIDES + " slides, not " + slides.size());
        }
        if (owner != null) {
            PlainText.line("owner", owner, MAX_AUTHOR);
        }
        if (knownOn != null && knownOn.isBefore(EARLIEST_KNOWN_ON)) {
            throw new IllegalArgumentException("known-on " + knownOn + " is before " + EARLIEST_KNOWN_ON);
        }
        slides = List.copyOf(slides);
    }

    /** The dates' checks that need today: each in 1900..today + 1 year. */
    public void checkDates(LocalDate today) {
        RecordDates.check("created", created, today);
        RecordDates.check("updated", updated, today);
        RecordDates.check("dataAsOf", dataAsOf, today);
    }

    /** The same briefing pinned to what the atlas said at that instant (null: the latest data). */
    public Briefing pinnedTo(Instant instant) {
        return new Briefing(slug, title, summary, author, created, updated, dataAsOf, bundled, version, slides, instant,
                owner, published);
    }

    /** The same briefing owned by that account, published or a draft. */
    public Briefing ownedBy(String account, boolean isPublished) {
        return new Briefing(slug, title, summary, author, created, updated, dataAsOf, bundled, version, slides, knownOn,
                account, isPublished);
    }

    /** Slide n, counted from 1 as in the slide's address. */
    public Slide slide(int n) {
        return slides.get(n - 1);
    }
}
