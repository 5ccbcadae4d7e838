package org.influenceatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.base.ChangeNotifier;
import org.influenceatlas.base.KnownOn;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Serialised API answers, kept until the next revision is announced ({@link ChangeNotifier}), by
 * any writer on any node. A layer is built, serialised, compressed and fingerprinted once per
 * distinct request and version rather than once per request: a page load then costs the server
 * no JSON writing, no gzip and no hashing. Keys include the version read ({@link KnownOn}), and
 * the ETag names the revision the answer was built at. The cache is bounded because asOf can
 * take many values.
 */
@Component
class ResponseCache {

    /** Bounded by size: asOf can take thousands of values and a layer with outlines is large. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** One answer in both encodings, with the weak ETag both share (they are the same JSON). */
    record Body(byte[] json, byte[] gzip, String etag) {
        long size() {
            return json.length + (long) gzip.length;
        }
    }

    private final Map<String, Body> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final ObjectMapper json;
    private final AtomicLong revision = new AtomicLong();

    ResponseCache(ObjectMapper json, ChangeNotifier notifier, org.influenceatlas.base.History history) {
        this.json = json;
        this.revision.set(history.latest());
        notifier.onChange(latest -> {
            revision.accumulateAndGet(latest, Math::max);
            clear();
        });
    }

    /** The answer for this key, serialised as JSON on first use. */
    Body get(String key, Supplier<Object> build) {
        return getBytes(key, () -> {
            try {
                return json.writeValueAsBytes(build.get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    Body getBytes(String key, Supplier<byte[]> build) {
        KnownOn known = KnownOn.current();
        String versionedKey = (known.isLatest() ? "latest" : "r" + known.revision()) + " " + key;
        Body cached = entries.get(versionedKey);
        if (cached != null) {
            return cached;
        }
        long builtAt = known.isLatest() ? revision.get() : known.revision();
        byte[] content = build.get();
        Body body = new Body(content, gzip(content), etag(builtAt, content));
        if (bytes.addAndGet(body.size()) > MAX_BYTES) {
            clear();
            bytes.addAndGet(body.size());
        }
        // An answer built while a change was announced may hold old rows: serve it, do not keep it.
        if (!known.isLatest() || revision.get() == builtAt) {
            entries.put(versionedKey, body);
        }
        return body;
    }

    private void clear() {
        entries.clear();
        bytes.set(0);
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The revision the answer was built at, and a fingerprint of its bytes. */
    private static String etag(long revision, byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "W/\"r" + revision + "-" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
