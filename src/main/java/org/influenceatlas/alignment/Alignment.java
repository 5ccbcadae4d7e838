package org.influenceatlas.alignment;

import org.influenceatlas.base.CountryCode;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One country's memberships and stance series: the unit the alignment layer draws. */
public record Alignment(CountryCode country, List<Membership> memberships, List<Stance> stances) {

    public Alignment {
        memberships = memberships.stream()
                .sorted(Comparator.comparing((Membership m) -> m.period().from()).thenComparing(Membership::organisation))
                .toList();
        stances = stances.stream().sorted(Comparator.comparing(Stance::since)).toList();
    }

    public List<Membership> membershipsOn(LocalDate day) {
        return memberships.stream().filter(m -> m.period().contains(day)).toList();
    }

    /** The latest stance taken on or before that day. */
    public Optional<Stance> stanceOn(LocalDate day) {
        return stances.stream().filter(s -> !s.since().firstDay().isAfter(day)).reduce((a, b) -> b);
    }
}
