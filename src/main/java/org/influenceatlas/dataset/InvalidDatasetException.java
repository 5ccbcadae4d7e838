package org.influenceatlas.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** The dataset was not imported; the database still holds what it held before. */
public class InvalidDatasetException extends RuntimeException {

    private final List<ImportProblem> problems;

    public InvalidDatasetException(List<ImportProblem> problems) {
        super("The dataset was not imported (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
