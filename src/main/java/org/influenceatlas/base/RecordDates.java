package org.influenceatlas.base;

import java.time.LocalDate;

/**
 * The range a record's own dates (created, updated, data checked up to) may take: 1900 to a
 * year after today. Anything outside is a typing error or an attack, and a date like year
 * 200000 does not survive every driver and library (it overflowed through java.sql.Date once
 * and broke every read of the list holding it). Map dates have their own range
 * ({@code MapState.FIRST_DAY..LAST_DAY}).
 */
public final class RecordDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest any stored record date can be, whatever today is: what a read accepts. */
    public static final LocalDate LATEST_EVER = LocalDate.of(2200, 12, 31);

    private RecordDates() {
    }

    /** The latest a record date may be on the given day. */
    public static LocalDate latest(LocalDate today) {
        return today.plusYears(1);
    }

    /** The date if it lies in 1900..today + 1 year; an error starting with the field's name otherwise. */
    public static LocalDate check(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new InvalidField(field, "is missing");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(latest(today))) {
            throw new InvalidField(field, date + " is outside " + EARLIEST + ".." + latest(today));
        }
        return date;
    }

    /** The date if it lies in 1900..2200, the widest range any stored record date can have. */
    public static LocalDate checkStored(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidField(field, "is missing");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST_EVER)) {
            throw new InvalidField(field, date + " is outside " + EARLIEST + ".." + LATEST_EVER);
        }
        return date;
    }

    /**
     * Parses YYYY-MM-DD exactly: ASCII digits, no sign, no spaces or anything after the date (a
     * trailing newline or NUL is refused, not trimmed away).
     */
    public static LocalDate parse(String field, String text) {
        if (text == null || !text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new InvalidField(field, "'" + shorten(text) + "' is not a date of the form YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            throw new InvalidField(field, "'" + text + "' is not a day of the calendar");
        }
    }

    /** At most 40 characters of a refused value, its control characters made visible, for a message. */
    public static String shorten(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 40; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > 40 ? out + "…" : out.toString();
    }
}
