package org.influenceatlas.api;

import org.influenceatlas.base.RecordDates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parsing of the API's query parameters into values, with errors that name the parameter. */
final class Params {

    static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private Params() {
    }

    static Optional<LocalDate> asOf(String text) {
        return day("asOf", text);
    }

    /** A day YYYY-MM-DD within 1800..2100, or empty when not given; a 400 naming the parameter otherwise. */
    static Optional<LocalDate> day(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // Exactly YYYY-MM-DD in ASCII digits: a trailing newline or NUL, or Arabic-Indic digits, are refused, not trimmed.
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new BadParameterException(name, "'" + RecordDates.shorten(text) + "' is not a date of the form YYYY-MM-DD");
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
                throw new BadParameterException(name, "'" + text + "' is outside " + EARLIEST + ".." + LATEST);
            }
            return Optional.of(day);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "'" + text + "' is not a date of the form YYYY-MM-DD");
        }
    }

    /** A whole number within min..max, or the default when not given. */
    static long wholeNumber(String name, String text, long defaultValue, long min, long max) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        if (!text.matches("-?[0-9]{1,18}")) {
            throw new BadParameterException(name, "'" + RecordDates.shorten(text) + "' is not a whole number");
        }
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new BadParameterException(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "'" + text + "' is not a whole number");
        }
    }

    static int window(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        if (!text.matches("[0-9]{1,9}")) {
            throw new BadParameterException("window", "'" + RecordDates.shorten(text) + "' is not a whole number of days");
        }
        try {
            int days = Integer.parseInt(text);
            if (days < 0 || days > 36500) {
                throw new BadParameterException("window", "must be between 0 and 36500 days");
            }
            return days;
        } catch (NumberFormatException e) {
            throw new BadParameterException("window", "'" + text + "' is not a whole number of days");
        }
    }
}
