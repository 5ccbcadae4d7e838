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
    /** Files that could not be read as a whole (bad encoding, broken quoting): what refers to their rows is not reported. */
    private final java.util.Set<String> broken = new java.util.LinkedHashSet<>();

    /**
     * A file that cannot be read at all. Its rows are missing, so every other file's reference
     * to them would be reported too: dozens of knock-on problems that hide the one cause. Only
     * the broken files' own problems are reported then, with a line saying the rest was skipped.
     */
    void brokenFile(String file, long line, String message) {
        broken.add(file);
        add(file, line, null, message);
    }

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
        if (!broken.isEmpty()) {
            List<ImportProblem> causes = new ArrayList<>(found.stream().filter(p -> broken.contains(p.file())).toList());
            long skipped = found.size() - causes.size();
            if (skipped > 0) {
                causes.add(new ImportProblem(causes.get(0).file(), causes.get(0).line(), null, "cannot be read, so " + skipped
                        + " further problem(s) that may follow from it were not reported; fix it and import again"));
            }
            throw new InvalidDatasetException(causes);
        }
        if (!found.isEmpty()) {
            throw new InvalidDatasetException(found);
        }
    }
}
