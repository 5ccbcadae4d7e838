package org.influenceatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.dataset.DatasetImported;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

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
 * Serialised API answers, kept until the next import. The data changes only through an import,
 * so a layer is built, serialised, compressed and fingerprinted once per distinct request rather
 * than once per request: a page load then costs the server no JSON writing, no gzip and no hashing.
 * The cache is bounded because asOf can take many values.
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

    ResponseCache(ObjectMapper json) {
        this.json = json;
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
        Body cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] content = build.get();
        Body body = new Body(content, gzip(content), etag(content));
        if (bytes.addAndGet(body.size()) > MAX_BYTES) {
            clear();
            bytes.addAndGet(body.size());
        }
        entries.put(key, body);
        return body;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onImport(DatasetImported imported) {
        clear();
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

    private static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
