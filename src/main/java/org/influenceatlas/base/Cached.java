package org.influenceatlas.base;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A value loaded from the database and kept until a revision is announced. The feature services
 * keep their rows in memory instead of re-reading whole tables for every lookup; any writer's
 * commit announces a revision ({@link ChangeNotifier}), on which the latest copy is dropped.
 * Reads of an earlier version ({@link KnownOn}) are kept too, a few of them: an old version
 * never changes.
 */
public final class Cached<T> {

    static final int PAST_VERSIONS = 8;

    private final Function<KnownOn, T> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile T latest;
    private final Map<Long, T> past = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, T> eldest) {
            return size() > PAST_VERSIONS;
        }
    };

    public Cached(ChangeNotifier notifier, Function<KnownOn, T> loader) {
        this.loader = loader;
        notifier.onChange(revision -> forget());
    }

    /** The value for the version in force on this thread ({@link KnownOn#current()}). */
    public T get() {
        KnownOn known = KnownOn.current();
        if (insideAWrite()) {
            // A writer sees its own uncommitted rows; they must not be kept for anyone else.
            return loader.apply(known);
        }
        if (!known.isLatest()) {
            synchronized (past) {
                return past.computeIfAbsent(known.revision(), r -> loader.apply(known));
            }
        }
        T current = latest;
        if (current != null) {
            return current;
        }
        long seen = generation.get();
        T loaded = loader.apply(known);
        // A load that raced with a change may hold old rows: return them, do not keep them.
        if (generation.get() == seen) {
            latest = loaded;
        }
        return loaded;
    }

    private void forget() {
        generation.incrementAndGet();
        latest = null;
    }

    private static boolean insideAWrite() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
