package org.influenceatlas.event;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Precision;
import org.influenceatlas.source.Citation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened at a place, on a day or over a few days ({@code period}). {@code site} is
 * the presence it happened at, if any (the event then uses that site's point); {@code offshore}
 * says the point lies at sea on purpose.
 */
public record Event(String id, Period period, String name, List<String> altNames, EventKind kind, GeoPoint location,
                    Precision precision, String place, List<CountryCode> countries, String summary,
                    List<Citation> citations, String site, boolean offshore) {

    /** An event on land, at no presence site. */
    public Event(String id, Period period, String name, List<String> altNames, EventKind kind, GeoPoint location,
                 Precision precision, String place, List<CountryCode> countries, String summary, List<Citation> citations) {
        this(id, period, name, altNames, kind, location, precision, place, countries, summary, citations, null, false);
    }

    public Event {
        Objects.requireNonNull(id, "id is missing");
        Objects.requireNonNull(period, "date is missing");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is missing");
        }
        Objects.requireNonNull(kind, "kind is missing");
        Objects.requireNonNull(location, "location is missing");
        Objects.requireNonNull(precision, "precision is missing");
        altNames = List.copyOf(altNames);
        countries = List.copyOf(countries);
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("needs at least one source");
        }
    }

    /** How many days the day lies before or after this event: 0 on any of its days. */
    public long daysFrom(LocalDate day) {
        LocalDate start = period.from().firstDay();
        LocalDate end = period.end().orElse(period.from()).lastDay();
        return day.isBefore(start) ? ChronoUnit.DAYS.between(day, start) : day.isAfter(end) ? ChronoUnit.DAYS.between(end, day) : 0;
    }
}
