package org.influenceatlas.country;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Objects;

/** A state, a union acting as one (the EU), or a breakaway or occupied territory with its claimant. */
public record Country(CountryCode code, String name, List<String> altNames, CountryStatus status, CountryCode claimedBy,
                      String notes, List<Citation> citations) {

    public Country {
        Objects.requireNonNull(code, "id is missing");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is missing");
        }
        Objects.requireNonNull(status, "status is missing");
        if ((status == CountryStatus.BREAKAWAY || status == CountryStatus.OCCUPIED) && claimedBy == null) {
            throw new IllegalArgumentException("a " + status.name().toLowerCase(java.util.Locale.ROOT) + " territory needs claimed_by");
        }
        altNames = List.copyOf(altNames);
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("needs at least one source");
        }
    }
}
