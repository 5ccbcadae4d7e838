package org.influenceatlas.source;

/**
 * A fact's reference to a source, with an optional verbatim quote and a locator (page, line),
 * the citation's Admiralty credibility (null only while a dataset in report mode still lacks it)
 * and whether it is cited for a party's own claim (a state outlet of a party to a conflict may be
 * cited for what that party says, never as the fact's only support).
 */
public record Citation(String sourceId, String locator, String quote, Credibility credibility, boolean claim) {

    public Citation {
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("source is missing");
        }
    }

    /** A citation without a grade. */
    public Citation(String sourceId, String locator, String quote) {
        this(sourceId, locator, quote, null, false);
    }

    public static Citation of(String sourceId) {
        return new Citation(sourceId, null, null);
    }

    public boolean isUnsourced() {
        return Source.UNSOURCED.equals(sourceId);
    }

    /** The citation's grade with its source's reliability; empty when either is missing or it is the unsourced marker. */
    public java.util.Optional<Grade> grade(Source source) {
        if (isUnsourced() || source == null || source.reliability() == null || credibility == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Grade(source.reliability(), credibility));
    }
}
