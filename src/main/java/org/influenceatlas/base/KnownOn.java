package org.influenceatlas.base;

import java.util.function.Supplier;

/**
 * Which version of the data a read sees (transaction time): the latest, or what the atlas said
 * up to and including a revision. Reads on a thread see the version set for that thread, so an
 * HTTP request with {@code knownOn} is answered from the old versions by the same services and
 * the same code as any other request.
 */
public record KnownOn(long revision) {

    public static final KnownOn LATEST = new KnownOn(Long.MAX_VALUE);

    private static final ThreadLocal<KnownOn> CURRENT = ThreadLocal.withInitial(() -> LATEST);

    public KnownOn {
        if (revision < 0) {
            throw new IllegalArgumentException("revision " + revision + " is negative");
        }
    }

    /** The version reads on this thread see now. */
    public static KnownOn current() {
        return CURRENT.get();
    }

    public boolean isLatest() {
        return revision == Long.MAX_VALUE;
    }

    /** Runs the reading with this version in force on the thread, then restores the previous one. */
    public <T> T read(Supplier<T> reading) {
        try (Scope ignored = enter()) {
            return reading.get();
        }
    }

    /** Puts this version in force on the thread until the scope is closed (for request interceptors). */
    public Scope enter() {
        KnownOn previous = CURRENT.get();
        CURRENT.set(this);
        return () -> CURRENT.set(previous);
    }

    /** The SQL condition selecting the versions visible here, on a table with rev_from and rev_to. */
    public String rows() {
        return rows("");
    }

    /** As {@link #rows()}, for a table known in the query by that alias. */
    public String rows(String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        if (isLatest()) {
            return prefix + "rev_to IS NULL";
        }
        // A number, not user text: safe to inline, and it keeps every repository's query one string.
        return prefix + "rev_from <= " + revision + " AND (" + prefix + "rev_to IS NULL OR " + prefix + "rev_to > " + revision + ")";
    }

    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
