package org.influenceatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.influenceatlas.dataset.DatasetImported;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Serialised API answers, kept until the next import. The data changes only through an import,
 * so a layer is built and serialised once per distinct request rather than once per request.
 * The cache is bounded because asOf can take many values.
 */
@Component
class ResponseCache {

    /** Bounded by size: asOf can take thousands of values and a layer with outlines is large. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Map<String, byte[]> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final ObjectMapper json;

    ResponseCache(ObjectMapper json) {
        this.json = json;
    }

    /** The answer for this key, serialised as JSON on first use. */
    byte[] get(String key, Supplier<Object> build) {
        return getBytes(key, () -> {
            try {
                return json.writeValueAsBytes(build.get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    byte[] getBytes(String key, Supplier<byte[]> build) {
        byte[] cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] body = build.get();
        if (bytes.addAndGet(body.length) > MAX_BYTES) {
            clear();
            bytes.addAndGet(body.length);
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
}
