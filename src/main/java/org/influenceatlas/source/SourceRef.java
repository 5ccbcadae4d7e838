package org.influenceatlas.source;

/**
 * A citation as clients see it: the source's identity and reliability, plus the quote, locator,
 * credibility and grade ("B2") of this use, and whether it is cited for a party's own claim.
 */
public record SourceRef(String id, String title, String publisher, String date, String url, String file,
                        String locator, String quote, boolean unsourced, String reliability, String reliabilityReason,
                        Integer credibility, String grade, boolean claim) {

    /** A citation without grades. */
    public SourceRef(String id, String title, String publisher, String date, String url, String file,
                     String locator, String quote, boolean unsourced) {
        this(id, title, publisher, date, url, file, locator, quote, unsourced, null, null, null, null, false);
    }

    static SourceRef of(Source source, Citation citation) {
        return new SourceRef(source.id(), source.title(), source.publisher(),
                source.date() == null ? null : source.date().toString(), source.url(),
                source.textHref(),
                citation.locator(), citation.quote(), source.isUnsourcedMarker(),
                source.reliability() == null ? null : source.reliability().code(), source.reliabilityReason(),
                citation.credibility() == null ? null : citation.credibility().number(),
                citation.grade(source).map(Grade::toString).orElse(null), citation.claim());
    }

    /** This citation's grade, if it has one. */
    public java.util.Optional<Grade> parsedGrade() {
        return grade == null ? java.util.Optional.empty() : java.util.Optional.of(Grade.parse(grade));
    }
}
