package org.influenceatlas.base;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value loaded once and kept until the data behind it is replaced. The dataset changes only
 * through an import, so the feature services keep their rows in memory instead of re-reading
 * whole tables for every lookup.
 */
public final class Cached<T> {

    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile T value;

    public Cached(Supplier<T> loader) {
        this.loader = loader;
    }

    public T get() {
        T current = value;
        if (current != null) {
            return current;
        }
        long seen = generation.get();
        T loaded = loader.get();
        // A load that raced with an invalidation may hold old rows: return them, do not keep them.
        if (generation.get() == seen) {
            value = loaded;
        }
        return loaded;
    }

    /**
     * Forgets the value now and again when the current transaction ends: readers outside it may
     * have loaded the old rows meanwhile, and a rollback must not leave its rows behind.
     */
    public void invalidate() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        generation.incrementAndGet();
        value = null;
    }
}
