package org.influenceatlas.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation's Admiralty grade: its source's reliability and its own credibility, written
 * together ("B2"). Grades order best first, by reliability and then by credibility, so B4 comes
 * before C1: who says it weighs more than how well this one passage bears it out. A feature's
 * confidence is the best grade among its citations; a fact with no graded citation has none,
 * which ranks below every grade.
 */
public record Grade(Reliability reliability, Credibility credibility) implements Comparable<Grade> {

    public static final Pattern TEXT = Pattern.compile("([A-F])([1-6])");
    /** Best first. */
    public static final Comparator<Grade> ORDER = Comparator.comparing(Grade::reliability).thenComparing(Grade::credibility);
    public static final Grade BEST = new Grade(Reliability.A, Credibility.CONFIRMED);
    public static final Grade WORST = new Grade(Reliability.F, Credibility.CANNOT_BE_JUDGED);

    public Grade {
        if (reliability == null || credibility == null) {
            throw new IllegalArgumentException("a grade needs a reliability and a credibility");
        }
    }

    /** "B2"; a lower-case letter is accepted. */
    public static Grade parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a grade such as B2 (A-F and 1-6)");
        }
        return new Grade(Reliability.valueOf(m.group(1)), Credibility.parse(m.group(2)));
    }

    public static Optional<Grade> best(Collection<Grade> grades) {
        return grades.stream().min(ORDER);
    }

    /** Whether this grade is worse than the other (comes after it in the order). */
    public boolean isBelow(Grade other) {
        return ORDER.compare(this, other) > 0;
    }

    /** "B2: usually reliable source, probably true", for a tooltip or a legend. */
    public String describe() {
        return this + ": " + reliability.label().toLowerCase(java.util.Locale.ROOT) + " source, "
                + credibility.label().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public int compareTo(Grade other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return reliability.code() + credibility.code();
    }
}
