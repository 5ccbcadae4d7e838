package org.influenceatlas.api;

import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventService;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
class EventFeatures {

    private final EventService events;
    private final SourceService sources;

    EventFeatures(EventService events, SourceService sources) {
        this.events = events;
        this.sources = sources;
    }

    /** With asOf, the events under way within {@code windowDays} before or after that day. */
    List<Map<String, Object>> features(Optional<LocalDate> asOf, int windowDays) {
        Map<String, Source> catalogue = sources.catalogue();
        List<Map<String, Object>> features = new ArrayList<>();
        for (Event e : events.all()) {
            if (asOf.isPresent() && !overlaps(e, asOf.get().minusDays(windowDays), asOf.get().plusDays(windowDays))) {
                continue;
            }
            Map<String, Object> feature = GeoJson.feature(e.id(), GeoJson.point(e.location()), e.name(),
                    Vocabulary.code(e.kind()), null, e.period(), sources.describe(e.citations(), catalogue));
            Map<String, Object> props = GeoJson.properties(feature);
            // An event without an end lasted its one (partial) date; it is not open-ended.
            props.put("validTo", e.period().end().orElse(e.period().from()).toString());
            props.put("date", e.period().from().toString());
            props.put("countries", e.countries().stream().map(Object::toString).toList());
            props.put("altNames", e.altNames());
            props.put("place", e.place());
            props.put("precision", e.precision().code());
            props.put("summary", e.summary());
            features.add(feature);
        }
        return features;
    }

    private static boolean overlaps(Event e, LocalDate from, LocalDate to) {
        LocalDate end = e.period().end().orElse(e.period().from()).lastDay();
        return !e.period().from().firstDay().isAfter(to) && !end.isBefore(from);
    }
}
