package org.influenceatlas.source;

/** A citation as clients see it: the source's identity, plus the quote and locator of this use. */
public record SourceRef(String id, String title, String publisher, String date, String url, String file,
                        String locator, String quote, boolean unsourced) {

    static SourceRef of(Source source, Citation citation) {
        return new SourceRef(source.id(), source.title(), source.publisher(),
                source.date() == null ? null : source.date().toString(), source.url(),
                source.textHref(),
                citation.locator(), citation.quote(), source.isUnsourcedMarker());
    }
}
