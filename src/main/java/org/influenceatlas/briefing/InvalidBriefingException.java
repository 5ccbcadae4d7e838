package org.influenceatlas.briefing;

import java.util.List;

/** A briefing that cannot be saved; each problem names the slide and field. Nothing was written. */
public class InvalidBriefingException extends RuntimeException {

    private final List<String> problems;

    public InvalidBriefingException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
