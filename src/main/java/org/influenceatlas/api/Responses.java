package org.influenceatlas.api;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.Locale;

/**
 * Cacheable answers ({@link HttpCaching} says for how long): clients keep them and revalidate with the ETag, so an unchanged layer costs
 * a 304 and no body (the shallow-ETag filter answers the 304, using the ETag set here). A client
 * that accepts gzip gets the bytes compressed when the answer was cached; Tomcat leaves a response
 * that already has a Content-Encoding alone.
 */
final class Responses {

    private Responses() {
    }

    static ResponseEntity<byte[]> cacheable(MediaType type, ResponseCache.Body body, String acceptEncoding, HttpCaching caching) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(type)
                .cacheControl(caching.cacheControl()).eTag(body.etag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (acceptsGzip(acceptEncoding)) {
            return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(body.gzip());
        }
        return answer.body(body.json());
    }

    /** "gzip" among the accepted codings, and not refused with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        return Arrays.stream(acceptEncoding.toLowerCase(Locale.ROOT).split(","))
                .map(coding -> coding.trim().split(";"))
                .anyMatch(parts -> parts[0].trim().equals("gzip")
                        && Arrays.stream(parts).skip(1).map(String::trim).noneMatch(p -> p.matches("q=0(\\.0*)?")));
    }
}
