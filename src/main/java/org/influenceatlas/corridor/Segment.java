package org.influenceatlas.corridor;

import org.influenceatlas.base.Period;
import org.influenceatlas.source.Citation;

import java.util.List;
import java.util.Objects;

/** A stretch of a corridor with its own status and period, e.g. a missing link under construction. */
public record Segment(String id, int seq, String name, CorridorStatus status, Period period, List<Waypoint> route,
                      List<Citation> citations) {

    public Segment {
        Objects.requireNonNull(id, "id is missing");
        Objects.requireNonNull(status, "status is missing");
        Objects.requireNonNull(period, "period is missing");
        route = List.copyOf(route);
        if (route.size() < 2) {
            throw new IllegalArgumentException("a segment needs at least two waypoints");
        }
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("needs at least one source");
        }
    }
}
