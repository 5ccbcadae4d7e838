package org.influenceatlas.presence;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Precision;
import org.influenceatlas.source.Citation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A foreign military facility, deployment or mission on another country's soil. {@code offshore}
 * says its point lies at sea on purpose (a naval task force), so the check that a point is in its
 * host country does not apply.
 */
public record MilitaryPresence(String id, String name, List<String> altNames, PresenceKind kind,
                               CountryCode operator, CountryCode host, GeoPoint location, Precision precision,
                               String locationNote, Period period, PresenceStatus status, String personnel,
                               String notes, List<StatusChange> history, List<Citation> citations, boolean offshore) {

    /** A presence on land. */
    public MilitaryPresence(String id, String name, List<String> altNames, PresenceKind kind,
                            CountryCode operator, CountryCode host, GeoPoint location, Precision precision,
                            String locationNote, Period period, PresenceStatus status, String personnel,
                            String notes, List<StatusChange> history, List<Citation> citations) {
        this(id, name, altNames, kind, operator, host, location, precision, locationNote, period, status, personnel,
                notes, history, citations, false);
    }

    public MilitaryPresence {
        Objects.requireNonNull(id, "id is missing");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is missing");
        }
        Objects.requireNonNull(kind, "kind is missing");
        Objects.requireNonNull(operator, "operator is missing");
        Objects.requireNonNull(host, "host is missing");
        Objects.requireNonNull(location, "location is missing");
        Objects.requireNonNull(precision, "precision is missing");
        Objects.requireNonNull(period, "period is missing");
        Objects.requireNonNull(status, "status is missing");
        altNames = List.copyOf(altNames);
        history = history.stream().sorted(Comparator.comparing(StatusChange::from)).toList();
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("needs at least one source");
        }
    }

    /** The status on that day, or empty when the presence did not exist then. */
    public Optional<PresenceStatus> statusOn(LocalDate day) {
        if (!period.contains(day)) {
            return Optional.empty();
        }
        return Optional.of(history.stream()
                .filter(change -> !change.from().firstDay().isAfter(day))
                .reduce((earlier, later) -> later)
                .map(StatusChange::status)
                .orElse(period.isOpen() ? status : PresenceStatus.ACTIVE));
    }
}
