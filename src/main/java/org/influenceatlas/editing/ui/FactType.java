package org.influenceatlas.editing.ui;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of fact a curator edits, by the name the routes and the review service use. */
enum FactType {
    PRESENCE("presence", "presence"),
    CORRIDOR("corridor", "corridor"),
    ORGANISATION("organisation", "organisation"),
    MEMBERSHIP("membership", "membership"),
    STANCE("stance", "stance"),
    EVENT("event", "event"),
    COUNTRY("country", "country"),
    SOURCE("source", "source");

    private final String path;
    private final String label;

    FactType(String path, String label) {
        this.path = path;
        this.label = label;
    }

    /** The name in {@code edit/<type>/<id>} and in a proposal's draft. */
    String path() {
        return path;
    }

    String label() {
        return label;
    }

    static Optional<FactType> parse(String path) {
        return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
    }

    /** Facts that can be retired; a country or an organisation is named by other facts and stays. */
    boolean retirable() {
        return this != COUNTRY && this != ORGANISATION;
    }
}
