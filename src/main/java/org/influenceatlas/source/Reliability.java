package org.influenceatlas.source;

import java.util.Locale;

/**
 * How far a source can be trusted, on the Admiralty (NATO) scale analysts use: A to F, A best.
 * It grades the source as a whole (its record, its independence), not any one of its claims.
 */
public enum Reliability {
    A("Completely reliable"),
    B("Usually reliable"),
    C("Fairly reliable"),
    D("Not usually reliable"),
    E("Unreliable"),
    F("Reliability cannot be judged");

    private final String label;

    Reliability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name();
    }

    /** Whether it is A, B or C: the grades a fact should rest on. */
    public boolean isAtLeastFair() {
        return compareTo(C) <= 0;
    }

    public static Reliability parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("reliability is missing (A-F)");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("reliability '" + text + "' is not one of A, B, C, D, E, F");
        }
    }
}
