package org.influenceatlas.alignment;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Objects;

/** From this date on, the country's stance towards Russia was this (until its next stance). */
public record Stance(String id, CountryCode country, PartialDate since, StanceValue value, String event,
                     List<Citation> citations) {

    public Stance {
        Objects.requireNonNull(id, "id is missing");
        Objects.requireNonNull(country, "country is missing");
        Objects.requireNonNull(since, "from is missing");
        Objects.requireNonNull(value, "stance is missing");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("needs at least one source");
        }
    }
}
