package org.influenceatlas.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How long layer and outline answers may be reused, by anyone: they hold no personal data, so
 * {@code public}. A browser ({@code max-age}, default 0) revalidates on every use, so its user
 * sees an edit at once for the cost of a 304; a shared cache such as nginx ({@code s-maxage},
 * default 2 s) serves an answer that long without asking, which lets it absorb a crowd while
 * staying as fresh as the nodes themselves are (within 2 s of an edit anywhere). After that both
 * must revalidate ({@code must-revalidate}) with the ETag, which names the data revision.
 * In a private atlas ({@code atlas.access=private}) the answers are for signed-in readers only:
 * {@code private}, so no shared cache keeps one for the next, anonymous, asker.
 */
@Component
class HttpCaching {

    private final CacheControl cacheControl;

    HttpCaching(@Value("${atlas.http.max-age:0s}") Duration maxAge,
                @Value("${atlas.http.shared-max-age:2s}") Duration sharedMaxAge,
                @Value("${atlas.access:public}") String access) {
        this.cacheControl = "private".equals(access) ? CacheControl.maxAge(maxAge).cachePrivate().mustRevalidate()
                : CacheControl.maxAge(maxAge).sMaxAge(sharedMaxAge).cachePublic().mustRevalidate();
    }

    CacheControl cacheControl() {
        return cacheControl;
    }
}
