package org.influenceatlas.alignment;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.Period;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Objects;

/** A country's relation to an organisation for a period; a change of relation is a new membership. */
public record Membership(String id, CountryCode country, String organisation, Relation relation, Period period,
                         String notes, List<Citation> citations) {

    public Membership {
        Objects.requireNonNull(id, "id is missing");
        Objects.requireNonNull(country, "country is missing");
        Objects.requireNonNull(organisation, "organisation is missing");
        Objects.requireNonNull(relation, "relation is missing");
        Objects.requireNonNull(period, "period is missing");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("needs at least one source");
        }
    }
}
