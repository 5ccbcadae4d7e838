package org.influenceatlas.layer;

import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;

import java.time.LocalDate;

/** How periods read in cards and search hits, the same in every layer. */
public final class Periods {

    private Periods() {
    }

    /** "1994-09-01 – open", "1992 – 2024-07-31". */
    public static String text(Period p) {
        return p.from() + " – " + p.end().map(PartialDate::toString).orElse("open");
    }

    /** Whether the period ended before or on this day (the day after its last day counts as ended). */
    public static boolean endedBy(Period p, LocalDate day) {
        return p.end().map(end -> end.lastDay().isBefore(day)).orElse(false);
    }

    /** Whether the period has not begun by this day. */
    public static boolean notYet(Period p, LocalDate day) {
        return p.from().firstDay().isAfter(day);
    }
}
