package org.influenceatlas.api;

import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.corridor.CorridorService;
import org.influenceatlas.corridor.Segment;
import org.influenceatlas.corridor.Waypoint;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.source.Source;
import org.influenceatlas.source.SourceService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One feature per corridor: a MultiLineString whose i-th line is the i-th entry of {@code segments}. */
@Component
class CorridorFeatures {

    private final CorridorService corridors;
    private final SourceService sources;

    CorridorFeatures(CorridorService corridors, SourceService sources) {
        this.corridors = corridors;
        this.sources = sources;
    }

    List<Map<String, Object>> features(Optional<LocalDate> asOf) {
        Map<String, Source> catalogue = sources.catalogue();
        List<Map<String, Object>> features = new ArrayList<>();
        for (Corridor c : corridors.all()) {
            if (asOf.isPresent() && !c.period().contains(asOf.get())) {
                continue;
            }
            List<Segment> segments = asOf.map(c::segmentsOn).orElse(c.segments());
            if (segments.isEmpty()) {
                continue;
            }
            Map<String, Object> feature = GeoJson.feature(c.id(),
                    GeoJson.multiLineString(segments.stream()
                            .map(s -> s.route().stream().map(Waypoint::point).toList()).toList()),
                    c.name(), Vocabulary.code(c.kind()), Vocabulary.code(statusOf(c, segments)), c.period(),
                    sources.describe(c.citations(), catalogue));
            Map<String, Object> props = GeoJson.properties(feature);
            props.put("countries", c.countries().stream().map(Object::toString).toList());
            props.put("bypassesRussia", c.bypassesRussia());
            props.put("altNames", c.altNames());
            props.put("capacity", c.capacity());
            props.put("sponsors", c.sponsors());
            props.put("notes", c.notes());
            props.put("segments", segments.stream().map(s -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", s.id());
                row.put("name", s.name());
                row.put("status", Vocabulary.code(s.status()));
                row.put("validFrom", s.period().from().toString());
                row.put("validTo", s.period().end().map(PartialDate::toString).orElse(null));
                row.put("places", s.route().stream().map(Waypoint::place).toList());
                row.put("sources", GeoJson.partSources(feature, sources.describe(s.citations(), catalogue)));
                return row;
            }).toList());
            features.add(feature);
        }
        return features;
    }

    /** Where every shown segment has the same status, that is the corridor's; otherwise its listed status. */
    private static org.influenceatlas.corridor.CorridorStatus statusOf(Corridor c, List<Segment> segments) {
        var first = segments.get(0).status();
        return segments.stream().allMatch(s -> s.status() == first) ? first : c.status();
    }
}
