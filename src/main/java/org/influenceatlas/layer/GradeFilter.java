package org.influenceatlas.layer;

import org.influenceatlas.source.Grade;

import java.util.Locale;

/**
 * The map's choice to play down facts whose confidence is below a grade: drawn faint, or hidden.
 * "Below" follows the grades' order (best first), so with {@code grade=C3} a B4 fact shows in full
 * and a C4 or D1 one does not; a fact without any graded citation is always below.
 */
public record GradeFilter(Grade threshold, Below below) {

    /** The map state's value names. */
    public static final String GRADE = "grade";
    public static final String BELOW = "below";

    public enum Below {
        FAINT, HIDE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Below parse(String text) {
            for (Below b : values()) {
                if (b.code().equals(text)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not 'faint' or 'hide'");
        }
    }

    /** How a feature with this confidence is drawn. */
    public enum Look {
        FULL, FAINT, HIDDEN
    }

    public GradeFilter {
        if (threshold == null || below == null) {
            throw new IllegalArgumentException("a grade filter needs a grade and what to do below it");
        }
    }

    /** Whether a feature with this confidence ("B2", or null for none) is below the chosen grade. */
    public boolean isBelow(String confidence) {
        return confidence == null || Grade.parse(confidence).isBelow(threshold);
    }

    public Look look(String confidence) {
        if (!isBelow(confidence)) {
            return Look.FULL;
        }
        return below == Below.HIDE ? Look.HIDDEN : Look.FAINT;
    }
}
