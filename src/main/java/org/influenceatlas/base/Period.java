package org.influenceatlas.base;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a fact held: from a start to an inclusive end, or still open. Partial dates count with
 * their whole span, so a period from {@code 2023} to {@code 2023} covers all of 2023.
 */
public record Period(PartialDate from, PartialDate to) {

    public Period {
        Objects.requireNonNull(from, "a period needs a start");
        if (to != null && to.lastDay().isBefore(from.firstDay())) {
            throw new IllegalArgumentException("end " + to + " is before start " + from);
        }
    }

    public static Period since(PartialDate from) {
        return new Period(from, null);
    }

    public static Period parse(String from, String to) {
        return new Period(PartialDate.parse(from), to == null || to.isBlank() ? null : PartialDate.parse(to));
    }

    public boolean isOpen() {
        return to == null;
    }

    public Optional<PartialDate> end() {
        return Optional.ofNullable(to);
    }

    /** Whether the fact held on that day. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from.firstDay()) && (to == null || !day.isAfter(to.lastDay()));
    }
}
