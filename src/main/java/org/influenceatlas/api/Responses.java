package org.influenceatlas.api;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Cacheable answers: clients keep them and revalidate with the ETag that the shallow-ETag filter
 * adds, so an unchanged layer costs a 304 and no body.
 */
final class Responses {

    private Responses() {
    }

    static ResponseEntity<byte[]> cacheable(MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache().cachePublic()).body(body);
    }
}
