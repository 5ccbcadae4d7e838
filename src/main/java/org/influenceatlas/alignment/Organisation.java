package org.influenceatlas.alignment;

import org.influenceatlas.base.Period;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Objects;

/** An alliance, union or diplomatic format (CSTO, EAEU, the OSCE Minsk Group). */
public record Organisation(String id, String name, String fullName, String kind, Period period, String notes,
                           List<Citation> citations) {

    public Organisation {
        if (id == null || !id.matches("[A-Z][A-Z0-9-]*")) {
            throw new IllegalArgumentException("id '" + id + "' must be upper-case letters, digits and hyphens");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is missing");
        }
        Objects.requireNonNull(period, "period is missing");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("needs at least one source");
        }
    }
}
