package org.influenceatlas.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects every problem of a read so that one run reports them all, rather than one per run.
 * Past {@link #LIMIT} the rest are dropped: by then the file is clearly broken.
 */
final class Problems {

    static final int LIMIT = 100;

    private final List<ImportProblem> found = new ArrayList<>();

    void add(String file, long line, String field, String message) {
        if (found.size() < LIMIT) {
            found.add(new ImportProblem(file, line, field, message));
        }
    }

    /** Runs a constructor or parser; a rejected value becomes a located problem instead of an exception. */
    <T> Optional<T> attempt(String file, long line, String field, Supplier<T> make) {
        try {
            return Optional.ofNullable(make.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            add(file, line, field, e.getMessage());
            return Optional.empty();
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidDatasetException(found);
        }
    }
}
