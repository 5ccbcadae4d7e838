package org.influenceatlas.presence;

import org.influenceatlas.base.PartialDate;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Objects;

/** From this date on, the presence had this status (until the next change). */
public record StatusChange(String id, PartialDate from, PresenceStatus status, String personnel, String note,
                           List<Citation> citations) {

    public StatusChange {
        Objects.requireNonNull(from, "from is missing");
        Objects.requireNonNull(status, "status is missing");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("needs at least one source");
        }
    }
}
