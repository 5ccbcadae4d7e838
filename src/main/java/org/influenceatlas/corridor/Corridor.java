package org.influenceatlas.corridor;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.Period;
import org.influenceatlas.source.Citation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A transport or energy route, as an ordered list of segments, with the countries it crosses in order. */
public record Corridor(String id, String name, List<String> altNames, CorridorKind kind, CorridorStatus status,
                       boolean bypassesRussia, List<CountryCode> countries, Period period, String capacity,
                       List<String> sponsors, String notes, List<Segment> segments, List<Citation> citations) {

    public static final CountryCode RUSSIA = CountryCode.of("RUS");

    public Corridor {
        Objects.requireNonNull(id, "id is missing");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is missing");
        }
        Objects.requireNonNull(kind, "kind is missing");
        Objects.requireNonNull(status, "status is missing");
        Objects.requireNonNull(period, "period is missing");
        altNames = List.copyOf(altNames);
        countries = List.copyOf(countries);
        sponsors = List.copyOf(sponsors);
        segments = segments.stream().sorted(Comparator.comparingInt(Segment::seq)).toList();
        citations = List.copyOf(citations);
        if (countries.isEmpty()) {
            throw new IllegalArgumentException("countries is missing");
        }
        if (bypassesRussia && countries.contains(RUSSIA)) {
            throw new IllegalArgumentException("a route through RUS cannot bypass Russia");
        }
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("needs at least one source");
        }
    }

    /** Segments that existed (in any status) on that day. */
    public List<Segment> segmentsOn(LocalDate day) {
        return segments.stream().filter(s -> s.period().contains(day)).toList();
    }
}
